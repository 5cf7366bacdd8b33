package org.dlcourse.lectures.sgd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.charts.Figure;
import org.dlcourse.kit.data.BalancedSubsets;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.kit.data.ValidationSplit;
import org.dlcourse.kit.random.Seeds;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Draws the figures of lecture 02 into a directory (default {@code lectures/figures}); the Fashion-MNIST runs use
 * 10,000 class-balanced training images (2,000 of them held out for validation) and took 15 s with one thread.
 *
 * <ul>
 *   <li>{@code 02-learning-rate-range.png}: training loss per epoch for four learning rates from too high to too low
 *       (lecture 02, §5);</li>
 *   <li>{@code 02-batch-size-scaling.png}: validation loss after two epochs against the batch size, with a fixed
 *       learning rate and with the learning rate scaled in proportion to the batch size (§3.4);</li>
 *   <li>{@code 02-quadratic-stability.png}: the error left after 50 steps of gradient descent on a quadratic against
 *       lr·λ_max, with the cliff at lr = 2/λ_max (§3.1);</li>
 *   <li>{@code 02-loss-curve-gallery.png}: one example of every diagnosis, the curves of §4's table.</li>
 * </ul>
 */
public final class SgdFigures {

    /** The learning rates of the range experiment, from diverging to barely moving. */
    private static final double[] LEARNING_RATES = {1.0, 0.05, 0.005, 0.0005};

    /** The batch sizes of the scaling experiment. */
    private static final int[] BATCH_SIZES = {8, 16, 32, 64, 128, 256, 512, 1024};

    private SgdFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        Split data = FashionMnist.load(DataType.FLOAT);
        ValidationSplit fit = new Split(BalancedSubsets.sample(data.train(), 1000, Seeds.of("lecture-02/subset")),
                data.test()).validationSplit(2000, Seeds.of("lecture-02/validation"));
        learningRateRange(fit, figures.resolve("02-learning-rate-range.png"));
        batchSizeScaling(fit, figures.resolve("02-batch-size-scaling.png"));
        quadraticStability(figures.resolve("02-quadratic-stability.png"));
        LossCurveGallery.draw(figures.resolve("02-loss-curve-gallery.png"));
        System.out.println("wrote lecture 02 figures to " + figures.toAbsolutePath());
    }

    static void learningRateRange(ValidationSplit fit, Path png) throws IOException {
        int epochs = 10;
        double[] x = new double[epochs + 1];
        for (int e = 0; e <= epochs; e++) {
            x[e] = e;
        }
        Figure chart = Charts.line(
                "Learning-rate range: training loss, softmax regression on 8,000 Fashion-MNIST images",
                "epoch (0 = before training)", "mean training cross-entropy").logY();
        for (double learningRate : LEARNING_RATES) {
            double[][] curves = DemoTraining.run(fit.train(), fit.validation(), learningRate, 64, epochs,
                    Seeds.of("lecture-02/lr-range"));
            int finite = 0;
            while (finite < curves[0].length && Double.isFinite(curves[0][finite])) {
                finite++;
            }
            String name = "lr = " + learningRate + (finite <= epochs ? " (infinite from epoch " + finite + ")" : "");
            chart.series(name, Arrays.copyOf(x, finite), Arrays.copyOf(curves[0], finite));
            System.out.printf("lr %g: train %s%n", learningRate, Arrays.toString(curves[0]));
        }
        chart.savePng(png);
    }

    static void batchSizeScaling(ValidationSplit fit, Path png) throws IOException {
        int epochs = 2;
        double baseRate = 0.01;
        int baseBatch = 8;
        double[] sizes = new double[BATCH_SIZES.length];
        double[] fixed = new double[BATCH_SIZES.length];
        double[] scaled = new double[BATCH_SIZES.length];
        for (int i = 0; i < BATCH_SIZES.length; i++) {
            int batch = BATCH_SIZES[i];
            sizes[i] = batch;
            fixed[i] = DemoTraining.run(fit.train(), fit.validation(), baseRate, batch, epochs,
                    Seeds.of("lecture-02/batch-size"))[1][epochs];
            scaled[i] = DemoTraining.run(fit.train(), fit.validation(), baseRate * batch / baseBatch, batch, epochs,
                    Seeds.of("lecture-02/batch-size"))[1][epochs];
            System.out.printf("B %d: fixed %.4f scaled %.4f%n", batch, fixed[i], scaled[i]);
        }
        Charts.line("Validation loss after 2 epochs against the batch size B", "batch size B",
                        "validation cross-entropy after 2 epochs").logX().logY()
                .series("fixed lr = " + baseRate, sizes, fixed)
                .series("scaled lr = " + baseRate + " * B / " + baseBatch, sizes, scaled)
                .savePng(png);
    }

    /**
     * Gradient descent on f(θ) = ½ Σ_i λ_i θ_i² with λ = (1, 0.1), from θ₀ = (1, 1): the error after 50 steps is
     * √(Σ_i (1 − lr·λ_i)^100), computed in closed form since each coordinate is multiplied by (1 − lr·λ_i) per step.
     */
    static void quadraticStability(Path png) throws IOException {
        double[] eigenvalues = {1.0, 0.1};
        int steps = 50;
        int points = 241;
        double[] ratio = new double[points];
        double[] error = new double[points];
        for (int i = 0; i < points; i++) {
            ratio[i] = 2.4 * (i + 1) / points;
            double learningRate = ratio[i] / eigenvalues[0];
            double sum = 0.0;
            for (double lambda : eigenvalues) {
                sum += Math.pow(1 - learningRate * lambda, 2.0 * steps);
            }
            error[i] = Math.max(Math.sqrt(sum / eigenvalues.length), 1e-30);
        }
        Charts.line("Gradient descent on a quadratic (eigenvalues 1 and 0.1): error after 50 steps",
                        "lr * lambda_max", "||theta_50 - theta*|| / ||theta_0 - theta*||").logY()
                .series("error after 50 steps", ratio, error)
                .series("lr = 2 / lambda_max", new double[] {2.0, 2.0}, new double[] {1e-3, 1e3})
                .savePng(png);
    }
}
