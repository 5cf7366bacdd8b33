package org.dlcourse.lectures.regularization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.charts.Figure;
import org.dlcourse.kit.random.Seeds;

/**
 * Draws two figures of lecture 05 into a directory (default {@code lectures/figures}) and prints the numbers the
 * lecture quotes.
 *
 * <ul>
 *   <li>{@code 05-l2-vs-early-stopping.png}: on a quadratic loss with Hessian eigenvalue h, the fraction of the
 *       unregularized minimizer reached along that eigendirection by the L2 minimizer, h/(h + λ), and by τ steps of
 *       gradient descent from 0, 1 − (1 − ηh)^τ, with λ = 1/(ητ) (lecture 05, §4; Goodfellow et al., Deep
 *       Learning, §7.8).</li>
 *   <li>{@code 05-dropout-statistics.png}: the fraction of zeros and the mean of inverted dropout applied to 10,000
 *       ones, against p, with the 5-standard-deviation bands the hidden tests allow (§2).</li>
 * </ul>
 */
public final class RegularizationFigures {

    private static final double LEARNING_RATE = 0.1;
    private static final int STEPS = 100;
    private static final int UNITS = 10_000;

    private RegularizationFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        Files.createDirectories(directory);
        shrinkage(directory);
        dropoutStatistics(directory);
    }

    private static void shrinkage(Path directory) throws IOException {
        double lambda = 1.0 / (LEARNING_RATE * STEPS);
        int points = 121;
        double[] h = new double[points];
        double[] l2 = new double[points];
        double[] early = new double[points];
        for (int i = 0; i < points; i++) {
            h[i] = Math.pow(10, -4 + 5.0 * i / (points - 1));
            l2[i] = h[i] / (h[i] + lambda);
            early[i] = 1 - Math.pow(1 - LEARNING_RATE * h[i], STEPS);
        }
        Figure figure = Charts.line(String.format(Locale.ROOT,
                "Shrinkage per eigendirection: L2 (λ = %.2f) vs %d GD steps (η = %.1f)", lambda, STEPS, LEARNING_RATE),
                "Hessian eigenvalue h", "fraction of the unregularized w* reached").logX()
                .series("L2: h/(h + λ)", h, l2)
                .series("early stopping: 1 − (1 − ηh)^τ", h, early);
        System.out.println("wrote " + figure.savePng(directory.resolve("05-l2-vs-early-stopping.png")));
        for (double value : new double[] {1e-3, 1e-2, 0.1, 1.0}) {
            System.out.printf(Locale.ROOT, "h = %6.3f: L2 %.4f, early stopping %.4f%n", value, value / (value + lambda),
                    1 - Math.pow(1 - LEARNING_RATE * value, STEPS));
        }
    }

    private static void dropoutStatistics(Path directory) throws IOException {
        SplittableRandom random = Seeds.random("lecture-05/dropout-statistics");
        int points = 19;
        double[] p = new double[points];
        double[] zeros = new double[points];
        double[] mean = new double[points];
        double[] zerosLow = new double[points];
        double[] zerosHigh = new double[points];
        double[] meanLow = new double[points];
        double[] meanHigh = new double[points];
        for (int k = 0; k < points; k++) {
            p[k] = 0.05 * (k + 1);
            double kept = 1 / (1 - p[k]);
            int dropped = 0;
            double sum = 0;
            for (int i = 0; i < UNITS; i++) {
                if (random.nextDouble() < p[k]) {
                    dropped++;
                } else {
                    sum += kept;
                }
            }
            zeros[k] = (double) dropped / UNITS;
            mean[k] = sum / UNITS;
            double zerosSd = Math.sqrt(p[k] * (1 - p[k]) / UNITS);
            double meanSd = Math.sqrt(p[k] / (1 - p[k]) / UNITS);
            zerosLow[k] = p[k] - 5 * zerosSd;
            zerosHigh[k] = p[k] + 5 * zerosSd;
            meanLow[k] = 1 - 5 * meanSd;
            meanHigh[k] = 1 + 5 * meanSd;
            System.out.printf(Locale.ROOT, "p = %.2f: zeros %.4f (bound ±%.4f), mean %.4f (bound ±%.4f)%n", p[k],
                    zeros[k], 5 * zerosSd, mean[k], 5 * meanSd);
        }
        Figure figure = Charts.line("Inverted dropout on 10,000 ones: statistics of one mask", "drop probability p",
                "value")
                .series("fraction of zeros", p, zeros)
                .series("p − 5 sd", p, zerosLow)
                .series("p + 5 sd", p, zerosHigh)
                .series("mean of the output", p, mean)
                .series("1 − 5 sd", p, meanLow)
                .series("1 + 5 sd", p, meanHigh);
        System.out.println("wrote " + figure.savePng(directory.resolve("05-dropout-statistics.png")));
    }
}
