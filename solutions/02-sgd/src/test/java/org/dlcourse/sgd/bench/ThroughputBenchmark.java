package org.dlcourse.sgd.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.sgd.MiniBatchTrainer;
import org.dlcourse.sgd.Sgd;
import org.dlcourse.sgd.SgdSettings;
import org.dlcourse.sgd.SoftmaxRegression;
import org.dlcourse.sgd.TrainingSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training throughput of the reference solution against PyTorch on CPU, same model, data, batch size and work, in
 * one run (lecture 02, "Performance"). Not a unit test: timings depend on the machine and its load.
 *
 * <p>For every batch size, interleaved: ND4J, one warm-up epoch and then one call of {@link MiniBatchTrainer#train}
 * for {@code epochs} epochs over the 60,000 FLOAT training images (plain SGD, lr 0.1), which also evaluates the
 * training loss over all 60,000 images before training and after every epoch; then PyTorch doing the same
 * ({@code src/test/python/softmax_regression_throughput.py}, with as many threads as ND4J uses). Reports the samples
 * per second of each (the timed time divided by the epochs) and their ratio. ND4J's and OpenBLAS's threads follow
 * {@code OMP_NUM_THREADS}.
 *
 * <p>Run from the repository root, after {@code ./mvnw -q -o -f solutions/02-sgd/pom.xml test-compile}:
 * <pre>
 *   ./mvnw -q -o -f solutions/02-sgd/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.sgd.bench.ThroughputBenchmark -Dexec.args="64,128,256 5 /usr/bin/python3"
 * </pre>
 * Arguments: the batch sizes, the timed epochs per measurement, and a Python with PyTorch ({@code -} to skip it).
 */
public final class ThroughputBenchmark {

    private static final String SCRIPT = "solutions/02-sgd/src/test/python/softmax_regression_throughput.py";
    private static final double LEARNING_RATE = 0.1;

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int[] batchSizes = Arrays.stream((args.length > 0 ? args[0] : "64,128,256").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String python = args.length > 2 ? args[2] : "python3";
        int threads = Nd4j.getEnvironment().maxThreads();
        Split data = FashionMnist.load(DataType.FLOAT);
        Dataset validation = data.train().select(0);
        System.out.printf(Locale.ROOT, "%d ND4J threads, %d cores, %d timed epochs of %d images per measurement%n",
                threads, Runtime.getRuntime().availableProcessors(), epochs, data.train().size());
        for (int batchSize : batchSizes) {
            double nd4j = nd4jEpochSeconds(data.train(), validation, batchSize, epochs);
            String line = String.format(Locale.ROOT, "B = %4d  ND4J %8.0f samples/s", batchSize,
                    data.train().size() / nd4j);
            if (!python.equals("-")) {
                double torch = pytorchEpochSeconds(python, batchSize, epochs, threads);
                line += String.format(Locale.ROOT, "  PyTorch %8.0f samples/s  ratio ND4J/PyTorch %.2f",
                        data.train().size() / torch, torch / nd4j);
            }
            System.out.println(line);
        }
    }

    private static double nd4jEpochSeconds(Dataset train, Dataset validation, int batchSize, int epochs) {
        SoftmaxRegression model = new SoftmaxRegression(FashionMnist.PIXELS, 10, DataType.FLOAT);
        Sgd optimizer = new Sgd(model.parameters(), SgdSettings.plain(LEARNING_RATE));
        MiniBatchTrainer.train(model, optimizer, train, validation, new TrainingSettings(1, batchSize, 0));
        long start = System.nanoTime();
        MiniBatchTrainer.train(model, optimizer, train, validation, new TrainingSettings(epochs, batchSize, 1));
        return (System.nanoTime() - start) / 1e9 / epochs;
    }

    private static double pytorchEpochSeconds(String python, int batchSize, int epochs, int threads)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python, Path.of(SCRIPT).toString(), "--batch-size",
                String.valueOf(batchSize), "--epochs", String.valueOf(epochs), "--threads", String.valueOf(threads),
                "--lr", String.valueOf(LEARNING_RATE)).redirectErrorStream(true).start();
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
