package org.dlcourse.finitewidth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;

/**
 * The decomposition against its definition, and the laws of double descent on a small problem (d = 5, noise 0.5,
 * n = 20, 20 draws, 100 test inputs): peak of the test error and of the variance at p = n, the same peak at n = p
 * sample-wise, no peak with a ridge, and the kernel limit for p → ∞.
 */
class DoubleDescentTests {

    /** Means of ≤ 2,000 squares: ~1e-13 relative; 1e-10 is wide. */
    static final double EXACT = 1e-10;

    private static final Problem PROBLEM = Problem.random(5, 0.5, 1);
    private static final double[][] TEST_INPUTS = PROBLEM.inputs(100, 2);
    private static final DoubleDescent EXPERIMENT = new DoubleDescent(PROBLEM, 1.0, 0.0, TEST_INPUTS, 20, 7);

    @Test
    @Graded(points = 4, task = "double-descent",
            hint = "Draw r fits the training set problem.sample(n, trainingSeed(seed, r)) with featureSeed(seed, r); bias² = mean over test inputs of (mean prediction − f*)², variance = mean of the POPULATION variance over draws (divide by M, not M − 1), test error = mean of (prediction − f*)², against the noise-free f*.")
    void theDecompositionFollowsItsDefinition() {
        DoubleDescent small = new DoubleDescent(PROBLEM, 1.3, 0.4, Arrays.copyOf(TEST_INPUTS, 7), 5, 3);
        int n = 6;
        int p = 4;
        double[] target = PROBLEM.targets(Arrays.copyOf(TEST_INPUTS, 7));
        double[][] predictions = new double[5][];
        for (int r = 0; r < 5; r++) {
            predictions[r] = small.predict(PROBLEM.sample(n, DoubleDescent.trainingSeed(3, r)), p, 0.0,
                    DoubleDescent.featureSeed(3, r));
        }
        double bias2 = 0.0;
        double variance = 0.0;
        double error = 0.0;
        for (int t = 0; t < 7; t++) {
            double mean = 0.0;
            for (double[] prediction : predictions) {
                mean += prediction[t] / 5;
            }
            bias2 += (mean - target[t]) * (mean - target[t]) / 7;
            for (double[] prediction : predictions) {
                variance += (prediction[t] - mean) * (prediction[t] - mean) / 35;
                error += (prediction[t] - target[t]) * (prediction[t] - target[t]) / 35;
            }
        }

        DecompositionPoint point = small.point(n, p, 0.0);

        assertThat(point.n()).isEqualTo(n);
        assertThat(point.p()).isEqualTo(p);
        assertThat(point.biasSquared()).as("bias²").isCloseTo(bias2, within(EXACT * bias2));
        assertThat(point.variance()).as("variance").isCloseTo(variance, within(EXACT * variance));
        assertThat(point.testError()).as("test error").isCloseTo(error, within(EXACT * error));
        assertThat(point.testError()).as("test error against bias² + variance")
                .isCloseTo(point.biasSquared() + point.variance(), within(EXACT * error));
    }

    @Test
    @Graded(points = 2, task = "double-descent",
            hint = "The sweeps return one point per width (or per size), in order, each equal to point(n, p, λ): the same draws every time, nothing carried from one point to the next.")
    void theSweepsArePointsInOrder() {
        DoubleDescent small = new DoubleDescent(PROBLEM, 1.0, 0.0, Arrays.copyOf(TEST_INPUTS, 10), 3, 5);

        DecompositionPoint[] widths = small.widthSweep(5, new int[] {3, 8}, 0.0);
        DecompositionPoint[] sizes = small.sampleSweep(new int[] {2, 7}, 4, 0.5);

        assertThat(widths).containsExactly(small.point(5, 3, 0.0), small.point(5, 8, 0.0));
        assertThat(sizes).containsExactly(small.point(2, 4, 0.5), small.point(7, 4, 0.5));
    }

    /**
     * Measured with the reference solution: test error 1.24 (p = 10), 539 (p = 20), 1.66 (p = 40), 1.04 (p = 160);
     * variance 1.17, 513, 1.58, 0.99. The peak is two orders of magnitude; a factor 5 is the bound.
     */
    @Test
    @Graded(points = 4, task = "double-descent",
            hint = "Double descent: with the minimum-norm fit the test error and the variance peak at the interpolation threshold p = n, where the smallest singular value of the features is near 0 and the fit amplifies the noise. A peak elsewhere means the fit is not the minimum-norm least-squares one or the draws are not independent.")
    void theTestErrorAndTheVariancePeakAtTheInterpolationThreshold() {
        DecompositionPoint[] points = EXPERIMENT.widthSweep(20, new int[] {10, 20, 40, 160}, 0.0);

        assertThat(points[1].testError()).as("test error at p = n = 20 against p = 10, 40, 160")
                .isGreaterThan(5 * Math.max(points[0].testError(), Math.max(points[2].testError(), points[3].testError())));
        assertThat(points[1].variance()).as("variance at p = n = 20 against p = 10, 40, 160")
                .isGreaterThan(5 * Math.max(points[0].variance(), Math.max(points[2].variance(), points[3].variance())));
        assertThat(points[3].testError()).as("test error at p = 160 (second descent) against p = 40")
                .isLessThan(points[2].testError());
    }

    /** Measured with the reference solution: test error 1.42 (n = 10), 539 (n = 20), 0.37 (n = 40) at p = 20. */
    @Test
    @Graded(points = 3, task = "double-descent",
            hint = "Sample-wise double descent: at fixed p the minimum-norm test error peaks at n = p (more data can hurt near the threshold); sampleSweep must vary n with p fixed.")
    void theTestErrorPeaksWhereTheSampleSizeEqualsTheWidth() {
        DecompositionPoint[] points = EXPERIMENT.sampleSweep(new int[] {10, 20, 40}, 20, 0.0);

        assertThat(points[1].testError()).as("test error at n = p = 20 against n = 10 and 40")
                .isGreaterThan(5 * Math.max(points[0].testError(), points[2].testError()));
    }

    /** Measured with λ = 0.1: test error 0.70 (p = 10), 0.42 (p = 20), 0.31 (p = 40), against 539 at p = 20 with λ = 0. */
    @Test
    @Graded(points = 3, task = "double-descent",
            hint = "A ridge λ > 0 removes the peak: σ/(σ² + λ) stays bounded as σ → 0, so the test error at p = n falls far below the minimum-norm one and below the error at p = n/2. Use MinimumNorm.ridge whenever λ > 0.")
    void aRidgeRemovesThePeak() {
        DecompositionPoint[] ridge = EXPERIMENT.widthSweep(20, new int[] {10, 20}, 0.1);
        DecompositionPoint interpolating = EXPERIMENT.point(20, 20, 0.0);

        assertThat(ridge[1].testError()).as("ridge test error at p = n").isLessThan(ridge[0].testError())
                .isLessThan(interpolating.testError() / 10);
    }

    /**
     * For p → ∞ the minimum-norm random-feature predictor tends to kernel interpolation with the limit kernel,
     * k(x, X)·k(X, X)⁻¹·y. Measured with the reference solution at p = 20,000, n = 8 on these inputs: relative
     * difference 0.015 for the seeds below, 0.011–0.030 over 12 pairs of training and feature seeds (Monte-Carlo,
     * ~p^(−1/2) times the conditioning of k(X, X)); 0.08 is the bound, a factor 2.7 above the largest. A constant
     * factor on the features does not change the interpolating predictor, so this checks the fit and the shape of
     * the features, not their scale (the reference tests check that).
     */
    @Test
    @Graded(points = 3, task = "double-descent",
            hint = "For p → ∞ the minimum-norm random-feature fit approaches NNGP kernel regression k(x, X)·k(X, X)⁻¹·y with the arc-cosine kernel: the fit must be the minimum-norm one (no extra null-space part) and the features must follow the convention of the kernel.")
    void manyFeaturesApproachKernelRegression() {
        DoubleDescent wide = new DoubleDescent(PROBLEM, 1.0, 0.5, Arrays.copyOf(TEST_INPUTS, 20), 1, 13);
        TrainingSet training = PROBLEM.sample(8, 21);

        double[] predictions = wide.predict(training, 20_000, 0.0, 17);

        double[][] kernel = Oracle.arcCosine(training.x(), training.x(), 1.0, 0.5);
        double[] coefficients = Oracle.solve(kernel, training.y());
        double[] expected = Oracle.multiply(Oracle.arcCosine(Arrays.copyOf(TEST_INPUTS, 20), training.x(), 1.0, 0.5),
                coefficients);
        assertThat(Oracle.norm(Oracle.minus(predictions, expected)) / Oracle.norm(expected))
                .as("relative difference to kernel regression").isLessThan(0.08);
    }
}
