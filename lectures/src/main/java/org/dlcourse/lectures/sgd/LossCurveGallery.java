package org.dlcourse.lectures.sgd;

import java.io.IOException;
import java.nio.file.Path;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.charts.Figure;

/**
 * One idealized example of each label of lecture 02, §4, on 30 epochs: the shapes, not any particular run. The
 * overfitting example shows its validation curve, which is what gives it away.
 */
final class LossCurveGallery {

    private static final int EPOCHS = 30;

    private LossCurveGallery() {
    }

    static void draw(Path png) throws IOException {
        double[] x = new double[EPOCHS + 1];
        double[] healthy = new double[EPOCHS + 1];
        double[] slow = new double[EPOCHS + 1];
        double[] flat = new double[EPOCHS + 1];
        double[] overfitTrain = new double[EPOCHS + 1];
        double[] overfitValidation = new double[EPOCHS + 1];
        double[] diverging = new double[EPOCHS + 1];
        for (int k = 0; k <= EPOCHS; k++) {
            double s = (double) k / EPOCHS;
            x[k] = k;
            healthy[k] = 2.3 * (1 - 0.8 * (1 - Math.exp(-10 * s)));
            slow[k] = 2.3 * (1 - 0.3 * s);
            flat[k] = 2.3 * (1 + 0.003 * Math.sin(7 * k));
            overfitTrain[k] = 2.3 * (1 - 0.9 * (1 - Math.exp(-8 * s)));
            double minimum = 2.3 * (1 - 0.9 * (1 - Math.exp(-8 * 0.3)));
            overfitValidation[k] = s <= 0.3 ? 2.3 - (2.3 - minimum) * Math.sqrt(s / 0.3)
                    : minimum * (1 + 1.2 * Math.pow((s - 0.3) / 0.7, 1.5));
            diverging[k] = s <= 0.4 ? healthy[k] : healthy[12] * Math.exp(4 * (s - 0.4) / 0.6);
        }
        Figure chart = Charts.line("Label the loss curves (idealized examples)", "epoch", "loss").logY()
                .series("HEALTHY", x, healthy)
                .series("LR_TOO_LOW", x, slow)
                .series("NOT_LEARNING", x, flat)
                .series("OVERFITTING (training)", x, overfitTrain)
                .series("OVERFITTING (validation)", x, overfitValidation)
                .series("DIVERGING", x, diverging);
        chart.savePng(png);
    }
}
