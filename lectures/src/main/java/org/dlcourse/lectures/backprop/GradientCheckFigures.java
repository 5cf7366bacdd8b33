package org.dlcourse.lectures.backprop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.ToDoubleFunction;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.gradcheck.GradientCheck;
import org.dlcourse.kit.gradcheck.NumericGradient;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Draws the figure of lecture 04, §5 into a directory (default {@code lectures/figures}).
 *
 * <ul>
 *   <li>{@code 04-gradient-check-step.png}: the relative error of central differences of f(t) = exp(max(0, t)) against
 *       the exact derivative exp(t)·1[t &gt; 0], as a function of the step h, for the second-order and the
 *       fourth-order stencil at t = 0.5 (smooth there), and for the fourth-order stencil at t = 0.002, where every
 *       h &gt; 0.001 reaches (2h) across ReLU's kink at 0.</li>
 * </ul>
 */
public final class GradientCheckFigures {

    private static final ToDoubleFunction<INDArray> F = t -> Math.exp(Math.max(0.0, t.getDouble(0)));

    private GradientCheckFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        stepSweep(figures.resolve("04-gradient-check-step.png"));
        System.out.println("wrote lecture 04 figures to " + figures.toAbsolutePath());
    }

    static void stepSweep(Path png) throws IOException {
        int points = 61;
        double[] steps = new double[points];
        double[] second = new double[points];
        double[] fourth = new double[points];
        double[] nearKink = new double[points];
        for (int i = 0; i < points; i++) {
            double h = Math.pow(10, -8 + 7.0 * i / (points - 1));
            steps[i] = h;
            second[i] = error(0.5, h, false);
            fourth[i] = error(0.5, h, true);
            nearKink[i] = error(0.002, h, true);
        }
        Charts.line("Gradient check of exp(max(0, t)): relative error against the step h", "step h",
                        "relative error |analytic − numeric| / (|analytic| + |numeric|)")
                .series("second order, t = 0.5", steps, second)
                .series("fourth order, t = 0.5", steps, fourth)
                .series("fourth order, t = 0.002 (kink within reach for h > 0.001)", steps, nearKink)
                .logX().logY().savePng(png);
    }

    private static double error(double t, double h, boolean fourthOrder) {
        INDArray point = Nd4j.createFromArray(new double[] {t});
        INDArray numeric = fourthOrder ? NumericGradient.fourthOrder(F, point, h) : NumericGradient.centralDifference(F, point, h);
        INDArray exact = Nd4j.createFromArray(new double[] {t > 0 ? Math.exp(t) : 0.0});
        return Math.max(GradientCheck.relativeError(exact, numeric), 1e-17);
    }
}
