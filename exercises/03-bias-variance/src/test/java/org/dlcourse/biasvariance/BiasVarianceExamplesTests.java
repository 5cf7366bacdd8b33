package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;

/**
 * Public examples for exercise 03: small cases whose answers you can check by hand. Passing them does not mean the
 * hidden tests pass: those check the laws (the decomposition identity, recovery of polynomials up to degree 12 on
 * awkward intervals, ill-conditioned systems, the behaviour of bias and variance) on many generated inputs.
 */
class BiasVarianceExamplesTests {

    /** A few double operations on numbers of order 1: agreement to ~1e-15 expected, 1e-12 leaves room. */
    private static final double EXAMPLE = 1e-12;

    /** Squares of rounding errors of order 1e-15: any correct noise-free fit is far below this. */
    private static final double NOISE_FREE_ERROR = 1e-20;

    @Test
    @Graded(points = 1, task = "legendre", hint = "P_0..P_3 at t = 0.5 are 1, t, (3t² − 1)/2 and (5t³ − 3t)/2")
    void legendreValuesAtOneHalf() {
        assertThat(Legendre.values(0.5, 3)).containsExactly(new double[] {1.0, 0.5, -0.125, -0.4375}, within(EXAMPLE));
    }

    @Test
    @Graded(points = 1, task = "least-squares", hint = "the least-squares line through (0, 1), (1, 2), (2, 4) is 5/6 + 1.5·x")
    void leastSquaresLine() {
        double[][] a = {{1, 0}, {1, 1}, {1, 2}};

        assertThat(LeastSquares.solve(a, new double[] {1, 2, 4})).containsExactly(new double[] {5.0 / 6.0, 1.5}, within(EXAMPLE));
    }

    @Test
    @Graded(points = 1, task = "fit", hint = "four points on y = x² determine the parabola: a degree-2 fit must predict 9 at x = 3")
    void quadraticThroughFourPointsOfAParabola() {
        Polynomial parabola = PolynomialRegression.fit(new double[] {-1, 0, 1, 2}, new double[] {1, 0, 1, 4}, 2);

        assertThat(parabola.degree()).isEqualTo(2);
        assertThat(parabola.predict(new double[] {0.5, 3.0})).containsExactly(new double[] {0.25, 9.0}, within(1e-10));
    }

    @Test
    @Graded(points = 1, task = "decomposition", hint = "bias² = (mean − truth)², variance = mean of (prediction − mean)² dividing by M, testError = σ² + mean of (prediction − truth)²")
    void decompositionOfTwoModelsAtTwoPoints() {
        double[][] predictions = {{1, 2}, {3, 2}};

        Decomposition decomposition = BiasVariance.decompose(predictions, new double[] {1, 1}, 0.5);

        assertThat(decomposition.bias2()).containsExactly(new double[] {1, 1}, within(EXAMPLE));
        assertThat(decomposition.variance()).containsExactly(new double[] {1, 0}, within(EXAMPLE));
        assertThat(decomposition.testError()).containsExactly(new double[] {2.5, 1.5}, within(EXAMPLE));
        assertThat(decomposition.noise()).isEqualTo(0.5);
    }

    @Test
    @Graded(points = 1, task = "monte-carlo", hint = "without noise, lines fitted to points of a line are that line: no bias, no variance, no error")
    void noiseFreeLineHasNoError() {
        Problem line = new Problem(x -> 2 * x - 1, 0.0, new Interval(0, 1));

        MonteCarloEstimate estimate = BiasVariance.estimate(line, 1, 5, 3, new double[] {0, 0.5, 1}, 7L);

        Decomposition decomposition = estimate.decomposition();
        assertThat(decomposition.meanBias2()).isLessThan(NOISE_FREE_ERROR);
        assertThat(decomposition.meanVariance()).isLessThan(NOISE_FREE_ERROR);
        assertThat(decomposition.meanTestError()).isLessThan(NOISE_FREE_ERROR);
        assertThat(estimate.trainingError()).isLessThan(NOISE_FREE_ERROR);
        assertThat(List.of(estimate.degree(), estimate.trainingSize(), estimate.repetitions())).containsExactly(1, 5, 3);
    }

    @Test
    @Graded(points = 1, task = "learning-curve", hint = "one estimate per training-set size, in the order given")
    void learningCurveHasOneEstimatePerSize() {
        Problem line = new Problem(x -> 2 * x - 1, 0.1, new Interval(0, 1));

        List<MonteCarloEstimate> curve = LearningCurve.run(line, 1, new int[] {10, 3, 20}, 4, new double[] {0.5}, 7L);

        assertThat(curve).extracting(MonteCarloEstimate::trainingSize).containsExactly(10, 3, 20);
    }

    @Test
    @Graded(points = 1, task = "degree-sweep", hint = "on noise-free data from a parabola, degrees 0 and 1 underfit and degree 2 is best")
    void parabolaIsBestFittedByDegreeTwo() {
        Problem parabola = new Problem(x -> x * x, 0.0, new Interval(-1, 1));

        DegreeSweep sweep = DegreeSweep.run(parabola, 2, 10, 2, new double[] {-0.5, 0, 0.5}, 7L);

        assertThat(sweep.estimates()).extracting(MonteCarloEstimate::degree).containsExactly(0, 1, 2);
        assertThat(sweep.bestDegree()).isEqualTo(2);
        assertThat(sweep.diagnosis(0)).isEqualTo(Diagnosis.UNDERFITTING);
    }
}
