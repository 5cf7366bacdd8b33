package org.dlcourse.ntk.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import org.dlcourse.ntk.Activation;
import org.dlcourse.ntk.AnalyticKernels;
import org.dlcourse.ntk.Architecture;
import org.dlcourse.ntk.EmpiricalNtk;
import org.dlcourse.ntk.Fits;
import org.dlcourse.ntk.FullyConnectedNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The empirical NTK of a width-4096, depth-3 ReLU network on 256 points, in batches of points (lecture 07,
 * "Performance"): time, the relative error against the analytic NTK, and the memory in use. The kernel is computed
 * block by block, Θ(X_a, X_b) for batches a, b, so the per-layer activations and signals held at once are those of
 * two batches.
 *
 * <pre>
 *   ./mvnw -q -o -f solutions/07-ntk/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.ntk.bench.EmpiricalNtkBenchmark -Dexec.args="4096 256 3 128"
 * </pre>
 * Arguments: width, points, depth, batch size.
 */
public final class EmpiricalNtkBenchmark {

    private EmpiricalNtkBenchmark() {
    }

    public static void main(String[] args) {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
        int points = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        int depth = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 128;
        int d = 16;
        Architecture architecture = new Architecture(depth, Math.sqrt(2.0), 0.1, Activation.RELU);
        SplittableRandom random = new SplittableRandom(2026);
        double[] values = new double[points * d];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        INDArray x = Nd4j.create(values, new long[] {points, d});
        long start = System.nanoTime();
        FullyConnectedNetwork network = FullyConnectedNetwork.initialize(architecture, d, width, new SplittableRandom(7));
        double initSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        INDArray theta = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.DOUBLE, points, points);
        for (int a = 0; a < points; a += batch) {
            INDArray xa = x.get(NDArrayIndex.interval(a, Math.min(points, a + batch)), NDArrayIndex.all()).dup();
            for (int b = a; b < points; b += batch) {
                INDArray xb = x.get(NDArrayIndex.interval(b, Math.min(points, b + batch)), NDArrayIndex.all()).dup();
                INDArray block = EmpiricalNtk.kernel(network, xa, xb);
                theta.get(NDArrayIndex.interval(a, a + xa.rows()), NDArrayIndex.interval(b, b + xb.rows())).assign(block);
                theta.get(NDArrayIndex.interval(b, b + xb.rows()), NDArrayIndex.interval(a, a + xa.rows())).assign(block.transpose());
            }
        }
        double kernelSeconds = (System.nanoTime() - start) / 1e9;
        double error = Fits.relativeFrobeniusError(theta, AnalyticKernels.compute(architecture, x).ntk());
        Runtime runtime = Runtime.getRuntime();
        long parameters = (long) width * d + (long) (depth - 1) * width * width + width + (long) depth * width + 1;
        System.out.printf(Locale.ROOT, "width %d, %d points, depth %d, batches of %d: %d parameters (%.0f MB);"
                + " initialization %.2f s, empirical NTK %.2f s; relative Frobenius error against the analytic NTK %.4f;"
                + " Java heap in use %.0f MB; process resident memory %.0f MB; the full Jacobian would take %.1f GB%n",
                width, points, depth, batch, parameters, parameters * 8 / 1e6, initSeconds, kernelSeconds, error,
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6,
                org.bytedeco.javacpp.Pointer.physicalBytes() / 1e6, parameters * 8.0 * points / 1e9);
    }
}
