package org.dlcourse.backprop.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dlcourse.backprop.MiniBatchSgd;
import org.dlcourse.backprop.Parameters;
import org.dlcourse.backprop.SgdSettings;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.data.FashionMnist;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training throughput of the reference solution's 784 → 100 → 10 ReLU network against PyTorch on CPU, same
 * network, data, batch size and work, in one run (lecture 04, §9). Mirrors exercise 02's benchmark. Not a unit
 * test: timings depend on the machine and its load.
 *
 * <p>For every batch size, interleaved: ND4J, one warm-up epoch and then {@code epochs} timed epochs of
 * {@link MiniBatchSgd#train} over the 60,000 FLOAT training images (plain SGD, lr 0.1, no L2); then PyTorch doing
 * the same ({@code src/test/python/two_layer_network_throughput.py}, with as many threads as ND4J uses). Reports
 * the samples per second of each and their ratio. ND4J's and OpenBLAS's threads follow {@code OMP_NUM_THREADS}.
 *
 * <p>Run from the repository root, after {@code ./mvnw -q -o -f solutions/04-backprop/pom.xml test-compile}:
 * <pre>
 *   OMP_NUM_THREADS=1 ./mvnw -q -o -f solutions/04-backprop/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.backprop.bench.ThroughputBenchmark -Dexec.args="64,128 1 /usr/bin/python3"
 * </pre>
 * Arguments: the batch sizes, the timed epochs per measurement, and a Python with PyTorch ({@code -} to skip it).
 */
public final class ThroughputBenchmark {

    private static final String SCRIPT = "solutions/04-backprop/src/test/python/two_layer_network_throughput.py";
    private static final int HIDDEN = 100;
    private static final double LEARNING_RATE = 0.1;

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int[] batchSizes = Arrays.stream((args.length > 0 ? args[0] : "64,128").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String python = args.length > 2 ? args[2] : "python3";
        int threads = Nd4j.getEnvironment().maxThreads();
        Dataset train = FashionMnist.load(DataType.FLOAT).train();
        System.out.printf(Locale.ROOT, "784 -> %d -> 10; %d ND4J threads, %d cores, %d timed epochs of %d images per"
                + " measurement%n", HIDDEN, threads, Runtime.getRuntime().availableProcessors(), epochs, train.size());
        for (int batchSize : batchSizes) {
            double nd4j = nd4jEpochSeconds(train, batchSize, epochs);
            String line = String.format(Locale.ROOT, "B = %4d  ND4J %8.0f samples/s", batchSize, train.size() / nd4j);
            if (!python.equals("-")) {
                double torch = pytorchEpochSeconds(python, batchSize, epochs, threads);
                line += String.format(Locale.ROOT, "  PyTorch %8.0f samples/s  ratio ND4J/PyTorch %.2f",
                        train.size() / torch, torch / nd4j);
            }
            System.out.println(line);
        }
    }

    private static double nd4jEpochSeconds(Dataset train, int batchSize, int epochs) {
        SplittableRandom random = new SplittableRandom(0);
        Parameters network = Parameters.initialize(FashionMnist.PIXELS, HIDDEN, 10, DataType.FLOAT, random);
        MiniBatchSgd.train(network, train.images(), train.labels(), new SgdSettings(LEARNING_RATE, batchSize, 1, 0.0),
                random);
        long start = System.nanoTime();
        MiniBatchSgd.train(network, train.images(), train.labels(),
                new SgdSettings(LEARNING_RATE, batchSize, epochs, 0.0), random);
        return (System.nanoTime() - start) / 1e9 / epochs;
    }

    private static double pytorchEpochSeconds(String python, int batchSize, int epochs, int threads)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python, Path.of(SCRIPT).toString(), "--batch-size",
                String.valueOf(batchSize), "--epochs", String.valueOf(epochs), "--threads", String.valueOf(threads),
                "--hidden", String.valueOf(HIDDEN), "--lr", String.valueOf(LEARNING_RATE)).redirectErrorStream(true)
                .start();
        Double seconds = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("seconds_per_epoch=")) {
                    seconds = Double.parseDouble(line.substring("seconds_per_epoch=".length()));
                } else {
                    System.out.println("  python: " + line);
                }
            }
        }
        if (process.waitFor() != 0 || seconds == null) {
            throw new IllegalStateException(python + " " + SCRIPT + " failed");
        }
        return seconds;
    }
}
