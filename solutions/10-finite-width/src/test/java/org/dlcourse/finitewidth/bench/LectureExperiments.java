package org.dlcourse.finitewidth.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.dlcourse.finitewidth.ConvergencePoint;
import org.dlcourse.finitewidth.DecompositionPoint;
import org.dlcourse.finitewidth.DoubleDescent;
import org.dlcourse.finitewidth.KernelConvergence;
import org.dlcourse.finitewidth.Problem;
import org.dlcourse.kit.charts.Charts;

/**
 * The experiments of lecture 10 with the reference solution, printing their numbers and wall times and drawing three
 * figures into {@code lectures/figures} (instructor only: they need the solution's features and solves, so they are
 * drawn here and not by a lecture demo, as for lecture 07):
 * <ol>
 *   <li>{@code 10-kernel-convergence.png}: mean relative Frobenius error of the Monte-Carlo kernel of p random ReLU
 *       features against the arc-cosine kernel, p = 16 … 16,384, 20 seeds, with ±2 standard errors and a line of
 *       slope −1/2;</li>
 *   <li>{@code 10-double-descent.png}: test error, bias² and variance against p/n at n = 200 (p = 10 … 2,000, 20
 *       draws), minimum norm and ridge;</li>
 *   <li>{@code 10-sample-wise.png}: test error against n at p = 100 (n = 10 … 800, 20 draws).</li>
 * </ol>
 * <pre>
 *   ./mvnw -q -o -f solutions/10-finite-width/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.finitewidth.bench.LectureExperiments -Dexec.args=lectures/figures
 * </pre>
 */
public final class LectureExperiments {

    private static final int DIMENSION = 10;
    private static final double NOISE = 0.5;
    private static final int DRAWS = 20;
    private static final double RIDGE = 1.0;

    private LectureExperiments() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        Problem problem = Problem.random(DIMENSION, NOISE, 1010);
        DoubleDescent experiment = new DoubleDescent(problem, 1.0, 0.0, problem.inputs(500, 1011), DRAWS, 1012);
        kernelConvergence(figures, problem.inputs(20, 1013));
        modelWise(figures, experiment);
        sampleWise(figures, experiment);
    }

    private static void kernelConvergence(Path figures, double[][] x) throws IOException {
        long start = System.nanoTime();
        int[] widths = {16, 64, 256, 1024, 4096, 16384};
        int seeds = 20;
        double[] p = new double[widths.length];
        double[] mean = new double[widths.length];
        double[] low = new double[widths.length];
        double[] high = new double[widths.length];
        double[] reference = new double[widths.length];
        ConvergencePoint[] points = new ConvergencePoint[widths.length];
        for (int w = 0; w < widths.length; w++) {
            double sum = 0.0;
            double sumSquares = 0.0;
            for (int s = 0; s < seeds; s++) {
                double error = KernelConvergence.relativeError(x, widths[w], 1.0, 0.0, 2000 + s);
                sum += error;
                sumSquares += error * error;
            }
            p[w] = widths[w];
            mean[w] = sum / seeds;
            double standardError = Math.sqrt(Math.max(sumSquares / seeds - mean[w] * mean[w], 0.0) / (seeds - 1));
            low[w] = mean[w] - 2 * standardError;
            high[w] = mean[w] + 2 * standardError;
            points[w] = new ConvergencePoint(widths[w], mean[w]);
            System.out.printf(Locale.ROOT, "kernel  p=%6d  mean error %.4f  ±2se [%.4f, %.4f]  error·√p %.3f%n",
                    widths[w], mean[w], low[w], high[w], mean[w] * Math.sqrt(widths[w]));
        }
        double slope = KernelConvergence.slope(points);
        for (int w = 0; w < widths.length; w++) {
            reference[w] = mean[0] * Math.sqrt(p[0] / p[w]);
        }
        System.out.printf(Locale.ROOT, "kernel  slope %.3f  (%.1f s)%n", slope, (System.nanoTime() - start) / 1e9);
        Charts.line(String.format(Locale.ROOT, "Random ReLU features: kernel error (fitted slope %.2f)", slope),
                "number of features p", "relative Frobenius error")
                .series("mean over 20 seeds", p, mean)
                .series("mean − 2 s.e.", p, low)
                .series("mean + 2 s.e.", p, high)
                .series("C·p^(−1/2)", p, reference)
                .logX().logY().savePng(figures.resolve("10-kernel-convergence.png"));
    }

    private static void modelWise(Path figures, DoubleDescent experiment) throws IOException {
        long start = System.nanoTime();
        int n = 200;
        int[] widths = {10, 25, 50, 100, 150, 180, 190, 200, 210, 220, 250, 300, 400, 600, 1000, 2000};
        DecompositionPoint[] minimumNorm = experiment.widthSweep(n, widths, 0.0);
        DecompositionPoint[] ridge = experiment.widthSweep(n, widths, RIDGE);
        double[] ratio = new double[widths.length];
        double[][] curves = new double[4][widths.length];
        for (int i = 0; i < widths.length; i++) {
            ratio[i] = widths[i] / (double) n;
            curves[0][i] = minimumNorm[i].testError();
            curves[1][i] = minimumNorm[i].biasSquared();
            curves[2][i] = minimumNorm[i].variance();
            curves[3][i] = ridge[i].testError();
            System.out.printf(Locale.ROOT, "model-wise  p/n=%.3f  error %.4g  bias² %.4g  variance %.4g  | ridge error %.4g  variance %.4g%n",
                    ratio[i], curves[0][i], curves[1][i], curves[2][i], curves[3][i], ridge[i].variance());
        }
        System.out.printf(Locale.ROOT, "model-wise  (%.1f s)%n", (System.nanoTime() - start) / 1e9);
        Charts.line("Double descent of random ReLU features (n = 200, 20 draws)", "p/n (features per training point)",
                "test error (mean squared, vs noise-free target)")
                .series("test error, minimum norm", ratio, curves[0])
                .series("bias², minimum norm", ratio, curves[1])
                .series("variance, minimum norm", ratio, curves[2])
                .series("test error, ridge λ = 1", ratio, curves[3])
                .logX().logY().savePng(figures.resolve("10-double-descent.png"));
    }

    private static void sampleWise(Path figures, DoubleDescent experiment) throws IOException {
        long start = System.nanoTime();
        int p = 100;
        int[] sizes = {10, 25, 50, 75, 90, 100, 110, 125, 150, 200, 400, 800};
        DecompositionPoint[] points = experiment.sampleSweep(sizes, p, 0.0);
        DecompositionPoint[] ridge = experiment.sampleSweep(sizes, p, RIDGE);
        double[] n = new double[sizes.length];
        double[] error = new double[sizes.length];
        double[] ridgeError = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            n[i] = sizes[i];
            error[i] = points[i].testError();
            ridgeError[i] = ridge[i].testError();
            System.out.printf(Locale.ROOT, "sample-wise  n=%d  error %.4g  variance %.4g  | ridge error %.4g%n", sizes[i],
                    error[i], points[i].variance(), ridgeError[i]);
        }
        System.out.printf(Locale.ROOT, "sample-wise  (%.1f s)%n", (System.nanoTime() - start) / 1e9);
        Charts.line("Sample-wise double descent (p = 100, 20 draws)", "training-set size n",
                "test error (mean squared, vs noise-free target)")
                .series("minimum norm", n, error)
                .series("ridge λ = 1", n, ridgeError)
                .logX().logY().savePng(figures.resolve("10-sample-wise.png"));
    }
}
