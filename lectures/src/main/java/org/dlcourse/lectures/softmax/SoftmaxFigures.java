package org.dlcourse.lectures.softmax;

import java.io.IOException;
import java.nio.file.Path;
import org.dlcourse.kit.charts.Charts;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Draws the figures of lecture 01 into a directory (default {@code lectures/figures}).
 *
 * <ul>
 *   <li>{@code 01-softmax-temperature.png}: softmax(z / T) of four fixed logits against the temperature T:
 *       T → 0 tends to the one-hot arg-max, T → ∞ to the uniform 1/C (lecture 01, §1).</li>
 *   <li>{@code 01-cross-entropy-margin.png}: for two classes, the loss −log σ(m) and its gradient σ(m) − 1
 *       against the margin m = z_y − z_other; the loss is ≈ −m for m ≪ 0 and the gradient saturates at −1,
 *       which is why cross-entropy keeps learning from confidently wrong examples (lecture 01, §4).</li>
 * </ul>
 */
public final class SoftmaxFigures {

    /** The logits of the temperature figure. */
    private static final double[] LOGITS = {2.0, 1.0, 0.1, -1.0};

    private SoftmaxFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        temperature(figures.resolve("01-softmax-temperature.png"));
        margin(figures.resolve("01-cross-entropy-margin.png"));
        System.out.println("wrote lecture 01 figures to " + figures.toAbsolutePath());
    }

    static void temperature(Path png) throws IOException {
        int points = 200;
        double[] temperatures = new double[points];
        double[][] probabilities = new double[LOGITS.length][points];
        INDArray logits = Nd4j.create(LOGITS, new long[] {1, LOGITS.length});
        for (int i = 0; i < points; i++) {
            double t = Math.pow(10, -1.5 + 3.0 * i / (points - 1));
            temperatures[i] = t;
            INDArray p = Transforms.softmax(logits.div(t), false);
            for (int c = 0; c < LOGITS.length; c++) {
                probabilities[c][i] = p.getDouble(0, c);
            }
        }
        var chart = Charts.line("softmax(z / T) for z = [2, 1, 0.1, -1]", "temperature T", "probability").logX();
        for (int c = 0; c < LOGITS.length; c++) {
            chart.series("class " + c + " (z = " + LOGITS[c] + ")", temperatures, probabilities[c]);
        }
        chart.series("uniform 1/C", new double[] {temperatures[0], temperatures[points - 1]}, new double[] {0.25, 0.25});
        chart.savePng(png);
    }

    static void margin(Path png) throws IOException {
        int points = 241;
        double[] margins = new double[points];
        double[] loss = new double[points];
        double[] gradient = new double[points];
        for (int i = 0; i < points; i++) {
            double m = -6.0 + 12.0 * i / (points - 1);
            INDArray logits = Nd4j.create(new double[] {m, 0.0}, new long[] {1, 2});
            INDArray logP = Transforms.log(Transforms.softmax(logits, false), false);
            margins[i] = m;
            loss[i] = -logP.getDouble(0, 0);
            gradient[i] = Math.exp(logP.getDouble(0, 0)) - 1.0;
        }
        Charts.line("Two classes: cross-entropy against the margin m = z_y - z_other", "margin m", "value")
                .series("loss -log softmax(z)_y", margins, loss)
                .series("gradient dL/dz_y = p_y - 1", margins, gradient)
                .savePng(png);
    }
}
