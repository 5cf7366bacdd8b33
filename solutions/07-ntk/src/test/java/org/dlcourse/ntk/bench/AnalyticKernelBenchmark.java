package org.dlcourse.ntk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dlcourse.ntk.Activation;
import org.dlcourse.ntk.AnalyticKernels;
import org.dlcourse.ntk.Architecture;
import org.dlcourse.ntk.Kernels;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The analytic ReLU NNGP and NTK of n points, depth 3, against the same recursion in NumPy, in one run (lecture 07,
 * "Performance"). Not a unit test: timings depend on the machine and its load. Both sides use the inputs
 * x[i, k] = sin(1 + i·d + k), σ_w = √2, σ_b = 0.1, and report the minimum over the repeats; the sums of Θ are
 * compared as a check that both computed the same thing.
 *
 * <p>Run from the repository root, after {@code ./mvnw -q -o -f solutions/07-ntk/pom.xml test-compile}:
 * <pre>
 *   ./mvnw -q -o -f solutions/07-ntk/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.ntk.bench.AnalyticKernelBenchmark -Dexec.args="4096 16 3 3 /usr/bin/python3"
 * </pre>
 * Arguments: n, d, depth, repeats, and a Python with NumPy ({@code -} to skip it).
 */
public final class AnalyticKernelBenchmark {

    private static final String SCRIPT = "solutions/07-ntk/src/test/java/org/dlcourse/ntk/bench/analytic_kernel_numpy.py";

    private AnalyticKernelBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int depth = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String python = args.length > 4 ? args[4] : "python3";
        Architecture architecture = new Architecture(depth, Math.sqrt(2.0), 0.1, Activation.RELU);
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                values[i * d + k] = Math.sin(1.0 + i * d + k);
            }
        }
        INDArray x = Nd4j.create(values, new long[] {n, d});
        AnalyticKernels.compute(architecture, x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, Math.min(n, 512)),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup());
        double best = Double.POSITIVE_INFINITY;
        double sum = 0.0;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            Kernels kernels = AnalyticKernels.compute(architecture, x);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            sum = kernels.ntk().sumNumber().doubleValue();
        }
        System.out.printf(Locale.ROOT, "n = %d, d = %d, depth %d, %d cores: Java %.3f s (min of %d), ntk_sum %.12e%n",
                n, d, depth, Runtime.getRuntime().availableProcessors(), best, repeats, sum);
        if (!python.equals("-")) {
            Process process = new ProcessBuilder(python, SCRIPT, Integer.toString(n), Integer.toString(d),
                    Integer.toString(depth), Integer.toString(repeats)).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    System.out.println(line);
                    if (line.startsWith("numpy seconds")) {
                        String[] parts = line.split(" ");
                        double numpy = Double.parseDouble(parts[2]);
                        double numpySum = Double.parseDouble(parts[4]);
                        System.out.printf(Locale.ROOT, "NumPy / Java time ratio %.2f; relative difference of the sums %.2e%n",
                                numpy / best, Math.abs(numpySum - sum) / Math.abs(sum));
                    }
                }
            }
            process.waitFor();
        }
    }
}
