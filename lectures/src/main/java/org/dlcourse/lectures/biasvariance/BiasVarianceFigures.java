package org.dlcourse.lectures.biasvariance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.charts.Figure;
import org.dlcourse.kit.random.RandomTensors;
import org.dlcourse.kit.random.Seeds;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Draws the figures of lecture 03 into a directory (default {@code lectures/figures}) and prints the numbers the
 * lecture quotes. The problem is Bishop's (PRML §1.1, §3.2): h*(x) = sin(2πx) on [0, 1], noise σ = 0.3, training
 * sets of n = 25 points with x uniform.
 *
 * <ul>
 *   <li>{@code 03-fits-degree-1.png}, {@code -2}, {@code -5}: the least-squares polynomials of degree 1, 2 and 5
 *       fitted to ten independent training sets, with h* (lecture 03, §1).</li>
 *   <li>{@code 03-bias-variance-vs-degree.png}: bias², variance, σ², the expected test error σ² + bias² + variance and
 *       the training error against the degree, every degree on the same 500 training sets (§5).</li>
 *   <li>{@code 03-learning-curves.png}: training and expected test error against n for degrees 1 and 7 (§6).</li>
 * </ul>
 *
 * <p>The fits use Chebyshev polynomials T_k(2x − 1) = cos(k·arccos(2x − 1)) and Commons Math's Householder QR, a
 * different basis and a library solver: the exercise asks for its own.
 */
public final class BiasVarianceFigures {

    private static final double NOISE_SD = 0.3;
    private static final int TRAINING_SIZE = 25;
    private static final int REPETITIONS = 500;
    private static final int MAX_DEGREE = 10;
    private static final double[] TEST_X = grid(101);

    private BiasVarianceFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        for (int degree : new int[] {1, 2, 5}) {
            fits(degree, figures.resolve("03-fits-degree-" + degree + ".png"));
        }
        degreeSweep(figures.resolve("03-bias-variance-vs-degree.png"));
        learningCurves(figures.resolve("03-learning-curves.png"));
        noisyLabels();
        System.out.println("wrote lecture 03 figures to " + figures.toAbsolutePath());
    }

    static double truth(double x) {
        return Math.sin(2 * Math.PI * x);
    }

    static void fits(int degree, Path png) throws IOException {
        SplittableRandom random = Seeds.random("lecture-03/fits");
        double[] grid = grid(201);
        Figure figure = Charts.line("Degree " + degree + " fitted to 10 training sets of n = " + TRAINING_SIZE
                + ", y = sin(2πx) + N(0, 0.3²)", "x", "y");
        for (int draw = 0; draw < 10; draw++) {
            double[][] set = sample(random, TRAINING_SIZE);
            figure.series("training set " + (draw + 1), grid, predict(fit(set[0], set[1], degree), grid));
        }
        double[] truth = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            truth[i] = truth(grid[i]);
        }
        figure.series("h*(x) = sin(2πx)", grid, truth).size(800, 500).savePng(png);
    }

    static void degreeSweep(Path png) throws IOException {
        double[] degrees = new double[MAX_DEGREE + 1];
        double[][] curves = new double[5][MAX_DEGREE + 1];
        System.out.println("degree  bias²     variance  test error  training error  |test − (σ² + bias² + variance)|");
        for (int degree = 0; degree <= MAX_DEGREE; degree++) {
            Estimate estimate = estimate(degree, TRAINING_SIZE, REPETITIONS, Seeds.of("lecture-03/sweep"));
            degrees[degree] = degree;
            curves[0][degree] = estimate.bias2();
            curves[1][degree] = estimate.variance();
            curves[2][degree] = NOISE_SD * NOISE_SD;
            curves[3][degree] = estimate.testError();
            curves[4][degree] = estimate.trainingError();
            System.out.printf(Locale.ROOT, "%6d  %.2e  %.2e  %.2e    %.2e        %.1e%n", degree, estimate.bias2(),
                    estimate.variance(), estimate.testError(), estimate.trainingError(), Math.abs(estimate.testError()
                            - (NOISE_SD * NOISE_SD + estimate.bias2() + estimate.variance())));
        }
        Charts.line("Against the degree: n = 25, the same M = 500 training sets for every degree", "degree d",
                "mean over x in [0, 1]")
                .logY().size(900, 600)
                .series("bias²", degrees, curves[0])
                .series("variance", degrees, curves[1])
                .series("noise σ²", degrees, curves[2])
                .series("expected test error σ² + bias² + variance", degrees, curves[3])
                .series("training error", degrees, curves[4])
                .savePng(png);
    }

    static void learningCurves(Path png) throws IOException {
        int[] sizes = {6, 8, 10, 12, 15, 20, 24, 30, 40, 50, 70, 100, 140, 200, 280, 400};
        Figure figure = Charts.line("Learning curves: M = 500 training sets per point", "training-set size n",
                "mean over x in [0, 1]").logX().logY().size(900, 600);
        for (int degree : new int[] {1, 7}) {
            // From n = 3(d + 1): with fewer points the rare nearly singular training sets make the variance explode.
            int first = 0;
            while (sizes[first] < 3 * (degree + 1)) {
                first++;
            }
            double[] n = new double[sizes.length - first];
            double[] training = new double[n.length];
            double[] test = new double[n.length];
            for (int i = 0; i < n.length; i++) {
                Estimate estimate = estimate(degree, sizes[first + i], REPETITIONS,
                        Seeds.of("lecture-03/learning-curves"));
                n[i] = sizes[first + i];
                training[i] = estimate.trainingError();
                test[i] = estimate.testError();
                System.out.printf(Locale.ROOT, "degree %d, n = %3d: training %.3f, test %.3f, bias² %.4f, variance %.4f%n",
                        degree, sizes[first + i], estimate.trainingError(), estimate.testError(), estimate.bias2(),
                        estimate.variance());
            }
            figure.series("degree " + degree + ": expected test error", n, test);
            figure.series("degree " + degree + ": training error", n, training);
        }
        double[] ends = {sizes[0], sizes[sizes.length - 1]};
        figure.series("noise σ² = 0.09", ends, new double[] {NOISE_SD * NOISE_SD, NOISE_SD * NOISE_SD}).savePng(png);
    }

    /**
     * The test error measured on fresh noisy labels, one per model and test point, against the expected test error:
     * equal in expectation, not on the same draws (lecture 03, §3).
     */
    static void noisyLabels() {
        int degree = 3;
        SplittableRandom random = new SplittableRandom(Seeds.of("lecture-03/noisy-labels"));
        double[][] predictions = new double[REPETITIONS][];
        double squaredError = 0.0;
        for (int m = 0; m < REPETITIONS; m++) {
            double[][] set = sample(random, TRAINING_SIZE);
            predictions[m] = predict(fit(set[0], set[1], degree), TEST_X);
            double[] z = RandomTensors.gaussian(random, TEST_X.length).toDoubleVector();
            for (int t = 0; t < TEST_X.length; t++) {
                double label = truth(TEST_X[t]) + NOISE_SD * z[t];
                squaredError += (label - predictions[m][t]) * (label - predictions[m][t]);
            }
        }
        Estimate expected = decompose(predictions, 0.0);
        System.out.printf(Locale.ROOT, "degree %d: test error on fresh noisy labels %.5f, σ² + bias² + variance %.5f%n",
                degree, squaredError / (REPETITIONS * TEST_X.length),
                NOISE_SD * NOISE_SD + expected.bias2() + expected.variance());
    }

    /** Averages over the test grid of bias², variance, expected test error, and the mean training error. */
    record Estimate(double bias2, double variance, double testError, double trainingError) {
    }

    static Estimate estimate(int degree, int n, int repetitions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] predictions = new double[repetitions][];
        double trainingError = 0.0;
        for (int m = 0; m < repetitions; m++) {
            double[][] set = sample(random, n);
            double[] coefficients = fit(set[0], set[1], degree);
            predictions[m] = predict(coefficients, TEST_X);
            double[] fitted = predict(coefficients, set[0]);
            for (int i = 0; i < n; i++) {
                trainingError += (set[1][i] - fitted[i]) * (set[1][i] - fitted[i]) / (n * repetitions);
            }
        }
        return decompose(predictions, trainingError);
    }

    /** ND4J's mean and population variance (var(false, 0)) over the models, axis 0 of the [M, T] predictions. */
    static Estimate decompose(double[][] predictions, double trainingError) {
        INDArray models = Nd4j.create(predictions);
        double[] values = new double[TEST_X.length];
        for (int t = 0; t < TEST_X.length; t++) {
            values[t] = truth(TEST_X[t]);
        }
        INDArray truth = Nd4j.createFromArray(values);
        double bias2 = Transforms.pow(models.mean(0).sub(truth), 2).meanNumber().doubleValue();
        double variance = models.var(false, 0).meanNumber().doubleValue();
        double squaredError = Transforms.pow(models.subRowVector(truth), 2).meanNumber().doubleValue();
        return new Estimate(bias2, variance, NOISE_SD * NOISE_SD + squaredError, trainingError);
    }

    /** x uniform on [0, 1] and y = sin(2πx) + σ·z, drawn from the kit's reproducible generators. */
    static double[][] sample(SplittableRandom random, int n) {
        double[] x = RandomTensors.uniform(random, 0, 1, n).toDoubleVector();
        double[] z = RandomTensors.gaussian(random, n).toDoubleVector();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = truth(x[i]) + NOISE_SD * z[i];
        }
        return new double[][] {x, y};
    }

    /** Least-squares coefficients in the basis T_k(2x − 1), by Commons Math's QR. */
    static double[] fit(double[] x, double[] y, int degree) {
        double[][] design = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            design[i] = chebyshev(x[i], degree);
        }
        return new QRDecomposition(new Array2DRowRealMatrix(design, false)).getSolver()
                .solve(new ArrayRealVector(y, false)).toArray();
    }

    static double[] predict(double[] coefficients, double[] x) {
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] basis = chebyshev(x[i], coefficients.length - 1);
            for (int k = 0; k < basis.length; k++) {
                values[i] += coefficients[k] * basis[k];
            }
        }
        return values;
    }

    private static double[] chebyshev(double x, int degree) {
        double angle = Math.acos(Math.max(-1.0, Math.min(1.0, 2 * x - 1)));
        double[] values = new double[degree + 1];
        for (int k = 0; k <= degree; k++) {
            values[k] = Math.cos(k * angle);
        }
        return values;
    }

    private static double[] grid(int points) {
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = (double) i / (points - 1);
        }
        return x;
    }
}
