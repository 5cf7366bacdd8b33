package org.dlcourse.ntk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.ntk.Activation;
import org.dlcourse.ntk.AnalyticKernels;
import org.dlcourse.ntk.Architecture;
import org.dlcourse.ntk.GradientFlow;
import org.dlcourse.ntk.FullyConnectedNetwork;
import org.dlcourse.ntk.Kernels;
import org.dlcourse.ntk.LazyTraining;
import org.dlcourse.ntk.Predictions;
import org.dlcourse.ntk.WidthSweep;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The experiments of lecture 07 with the reference solution, printing their numbers and drawing three figures into
 * {@code lectures/figures} (instructor only: the figures need the solution's kernels and networks, so they are drawn
 * here and not by a lecture demo):
 * <ol>
 *   <li>{@code 07-width-sweep.png}: relative Frobenius error of the empirical NTK at initialization against the
 *       analytic NTK, widths 64 … 4096, five seeds, with the fitted slope and a line of slope −1/2;</li>
 *   <li>{@code 07-kernel-vs-network.png}: a test output of trained networks (widths 64 and 4096) against the kernel
 *       prediction over training time;</li>
 *   <li>{@code 07-weight-change.png}: the relative change of the weights and of the empirical NTK after training,
 *       against the width.</li>
 * </ol>
 * <pre>
 *   ./mvnw -q -o -f solutions/07-ntk/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.ntk.bench.LectureExperiments -Dexec.args=lectures/figures
 * </pre>
 */
public final class LectureExperiments {

    private static final int[] WIDTHS = {64, 128, 256, 512, 1024, 2048, 4096};
    private static final double LEARNING_RATE = 0.5;
    private static final int STEPS = 200;

    private LectureExperiments() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        SplittableRandom random = new SplittableRandom(707);
        widthSweep(figures, sphere(random, 16, 8));
        INDArray xTrain = sphere(random, 16, 4);
        INDArray yTrain = Transforms.sin(xTrain.getColumn(0).mul(2.0), true).addi(xTrain.getColumn(1).mul(xTrain.getColumn(2))).reshape(16);
        INDArray xTest = sphere(random, 8, 4);
        lazyTraining(figures, xTrain, yTrain, xTest);
        kernelVersusNetwork(figures, xTrain, yTrain, xTest);
    }

    /** Gaussian rows scaled to |x|² = d. */
    private static INDArray sphere(SplittableRandom random, int n, int d) {
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            double norm = 0.0;
            for (int k = 0; k < d; k++) {
                values[i * d + k] = random.nextGaussian();
                norm += values[i * d + k] * values[i * d + k];
            }
            for (int k = 0; k < d; k++) {
                values[i * d + k] *= Math.sqrt(d / norm);
            }
        }
        return Nd4j.create(values, new long[] {n, d});
    }

    private static void widthSweep(Path figures, INDArray x) throws IOException {
        Architecture architecture = new Architecture(2, Math.sqrt(2.0), 0.1, Activation.RELU);
        long start = System.nanoTime();
        WidthSweep.Result result = WidthSweep.run(architecture, x, WIDTHS, new long[] {1, 2, 3, 4, 5});
        System.out.printf(Locale.ROOT, "width sweep (depth 2 ReLU, σ_w = √2, σ_b = 0.1, 16 inputs in d = 8, 5 seeds, %.1f s):%n",
                (System.nanoTime() - start) / 1e9);
        double[] widths = Arrays.stream(WIDTHS).asDoubleStream().toArray();
        double[] line = new double[widths.length];
        for (int k = 0; k < widths.length; k++) {
            System.out.printf(Locale.ROOT, "  width %4d  mean relative error %.4f%n", WIDTHS[k], result.meanRelativeErrors()[k]);
            line[k] = result.meanRelativeErrors()[0] * Math.sqrt(widths[0] / widths[k]);
        }
        System.out.printf(Locale.ROOT, "  fitted log-log slope %.3f%n", result.slope());
        Charts.scatter(String.format(Locale.ROOT, "Empirical vs analytic NTK at initialization (fitted slope %.2f)", result.slope()),
                        "width n", "‖Θ_emp − Θ‖_F / ‖Θ‖_F (mean of 5 seeds)")
                .series("measured", widths, result.meanRelativeErrors())
                .series("slope −1/2", widths, line)
                .logX().logY().savePng(figures.resolve("07-width-sweep.png"));
    }

    private static void lazyTraining(Path figures, INDArray xTrain, INDArray yTrain, INDArray xTest) throws IOException {
        Architecture architecture = new Architecture(1, Math.sqrt(2.0), 0.1, Activation.RELU);
        double[] widths = Arrays.stream(WIDTHS).asDoubleStream().toArray();
        double[] weights = new double[WIDTHS.length];
        double[] kernels = new double[WIDTHS.length];
        double[] gaps = new double[WIDTHS.length];
        System.out.printf(Locale.ROOT, "lazy training (depth 1 ReLU, 16 points, η = %.1f, %d steps):%n", LEARNING_RATE, STEPS);
        for (int k = 0; k < WIDTHS.length; k++) {
            LazyTraining.Result result = LazyTraining.train(architecture, xTrain, yTrain, xTest, WIDTHS[k], 3, LEARNING_RATE, STEPS);
            weights[k] = result.relativeWeightChange();
            kernels[k] = result.relativeKernelChange();
            gaps[k] = result.predictionGap();
            System.out.printf(Locale.ROOT, "  width %4d  weight change %.4f  kernel change %.4f  test gap to the kernel prediction %.4f%n",
                    WIDTHS[k], weights[k], kernels[k], gaps[k]);
        }
        double[] x = {widths[0], widths[widths.length - 1]};
        System.out.printf(Locale.ROOT, "  log-log slopes: weight change %.3f, kernel change %.3f, gap %.3f%n",
                org.dlcourse.ntk.Fits.logLogSlope(widths, weights), org.dlcourse.ntk.Fits.logLogSlope(widths, kernels),
                org.dlcourse.ntk.Fits.logLogSlope(widths, gaps));
        Charts.scatter("Lazy training: what 200 gradient steps change", "width n", "relative change")
                .series("|θ_T − θ_0| / |θ_0|", widths, weights)
                .series("‖Θ_T − Θ_0‖_F / ‖Θ_0‖_F", widths, kernels)
                .series("slope −1/2", x, new double[] {weights[0], weights[0] * Math.sqrt(x[0] / x[1])})
                .logX().logY().savePng(figures.resolve("07-weight-change.png"));
    }

    private static void kernelVersusNetwork(Path figures, INDArray xTrain, INDArray yTrain, INDArray xTest) throws IOException {
        Architecture architecture = new Architecture(1, Math.sqrt(2.0), 0.1, Activation.RELU);
        var chart = Charts.line("A test output during training: networks against the kernel prediction",
                "gradient steps t (η = 0.5)", "f_t(x*) for one test input");
        Kernels train = AnalyticKernels.compute(architecture, xTrain);
        Kernels testTrain = AnalyticKernels.compute(architecture, xTest, xTrain);
        for (int width : new int[] {64, 4096}) {
            FullyConnectedNetwork network = FullyConnectedNetwork.initialize(architecture, 4, width, new SplittableRandom(3));
            GradientFlow flow = new GradientFlow(train.ntk(), testTrain.ntk(), yTrain, network.outputs(xTrain),
                    network.outputs(xTest), LEARNING_RATE);
            double[] steps = new double[STEPS / 5 + 1];
            double[] trained = new double[steps.length];
            for (int s = 0; s <= STEPS; s++) {
                if (s % 5 == 0) {
                    steps[s / 5] = s;
                    trained[s / 5] = network.outputs(xTest).getDouble(0);
                }
                network = network.gradientStep(xTrain, yTrain, LEARNING_RATE);
            }
            List<Predictions> kernel = flow.predict(steps);
            double[] predicted = kernel.stream().mapToDouble(p -> p.test().getDouble(0)).toArray();
            double worst = 0.0;
            for (int k = 0; k < steps.length; k++) {
                worst = Math.max(worst, Math.abs(predicted[k] - trained[k]));
            }
            System.out.printf(Locale.ROOT, "width %d: test output 0 after %d steps: network %.4f, kernel %.4f; largest gap over time %.4f%n",
                    width, STEPS, trained[trained.length - 1], predicted[predicted.length - 1], worst);
            chart.series("network, width " + width, steps, trained).series("kernel prediction, width " + width + " f₀", steps, predicted);
        }
        chart.savePng(figures.resolve("07-kernel-vs-network.png"));
    }
}
