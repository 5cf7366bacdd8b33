package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;

/** Laws of the bias–variance decomposition of given predictions. */
class DecompositionProperties {

    /**
     * Means and squares of ≤ 40 values of magnitude ≤ 10, two algorithms (two-pass against Welford): rounding ≲ 1e-13
     * on results ≤ 400; measured over 5,000 ensembles at most 9e-4 of this tolerance.
     */
    private static final Tolerance ORACLE = Tolerance.of(1e-11, 1e-12);

    /**
     * The identity testError = σ² + bias² + variance is exact algebra on the same predictions; in double it holds to
     * a few ulps of the terms (≤ 400 here): 1e-10 as the issue states, relative to the test error when it is larger.
     */
    private static final Tolerance IDENTITY = Tolerance.of(1e-10, 1e-10);

    Gen<Predictions.Ensemble> ensembles() {
        return Predictions.ensembles(1, 40);
    }

    Gen<Predictions.Ensemble> pairs() {
        return Predictions.ensembles(2, 2);
    }

    @Property(tries = 200)
    @Graded(points = 3, task = "decomposition",
            hint = "Compare with the definitions per test point: bias² = (mean prediction − truth)², variance = mean of (prediction − mean prediction)² over the M models, testError = σ² + mean of (prediction − truth)².")
    void agreesWithTheDefinitions(@ForAll("ensembles") Predictions.Ensemble ensemble) {
        BiasVarianceOracle.Expected expected = BiasVarianceOracle.decompose(ensemble.predictions(), ensemble.truth(),
                ensemble.noiseVariance());

        Decomposition actual = BiasVariance.decompose(ensemble.predictions(), ensemble.truth(), ensemble.noiseVariance());

        Vectors.assertClose("bias²", actual.bias2(), expected.bias2(), ORACLE);
        Vectors.assertClose("variance", actual.variance(), expected.variance(), ORACLE);
        Vectors.assertClose("testError", actual.testError(), expected.testError(), ORACLE);
        assertThat(actual.noise()).as("noise").isEqualTo(ensemble.noiseVariance());
    }

    @Property(tries = 200)
    @Graded(points = 4, task = "decomposition",
            hint = "testError = σ² + bias² + variance must hold exactly on the same predictions: it does with the population variance (divide by M, not M − 1) and with bias² and testError both measured against the same noise-free truth.")
    void testErrorIsNoisePlusBiasSquaredPlusVariance(@ForAll("ensembles") Predictions.Ensemble ensemble) {
        Decomposition actual = BiasVariance.decompose(ensemble.predictions(), ensemble.truth(), ensemble.noiseVariance());

        double[] sum = new double[ensemble.points()];
        for (int t = 0; t < sum.length; t++) {
            sum[t] = actual.noise() + actual.bias2()[t] + actual.variance()[t];
        }
        Vectors.assertClose("σ² + bias² + variance against testError", sum, actual.testError(), IDENTITY);
    }

    @Property(tries = 50)
    @Graded(points = 2, task = "decomposition",
            hint = "The variance over the M trained models is the population variance: for two models a and b it is (a − b)²/4 (dividing by M = 2), not (a − b)²/2.")
    void varianceOfTwoModelsIsAQuarterOfTheirSquaredDifference(@ForAll("pairs") Predictions.Ensemble ensemble) {
        double[] expected = new double[ensemble.points()];
        for (int t = 0; t < expected.length; t++) {
            double difference = ensemble.predictions()[0][t] - ensemble.predictions()[1][t];
            expected[t] = difference * difference / 4;
        }

        Decomposition actual = BiasVariance.decompose(ensemble.predictions(), ensemble.truth(), ensemble.noiseVariance());

        Vectors.assertClose("variance of two models", actual.variance(), expected, ORACLE);
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "decomposition",
            hint = "Variance is the spread of the predictions around their own mean, whatever the truth; bias² compares that mean with the truth, whatever the spread.")
    void varianceIgnoresTheTruthAndBiasIgnoresTheSpread(@ForAll("ensembles") Predictions.Ensemble ensemble) {
        double[] shiftedTruth = ensemble.truth().clone();
        for (int t = 0; t < shiftedTruth.length; t++) {
            shiftedTruth[t] += 3.0;
        }
        double[][] atTheirMean = new double[ensemble.models()][];
        double[] mean = new double[ensemble.points()];
        for (double[] model : ensemble.predictions()) {
            for (int t = 0; t < mean.length; t++) {
                mean[t] += model[t] / ensemble.models();
            }
        }
        for (int m = 0; m < atTheirMean.length; m++) {
            atTheirMean[m] = mean.clone();
        }

        Decomposition original = BiasVariance.decompose(ensemble.predictions(), ensemble.truth(), ensemble.noiseVariance());
        Decomposition otherTruth = BiasVariance.decompose(ensemble.predictions(), shiftedTruth, ensemble.noiseVariance());
        Decomposition noSpread = BiasVariance.decompose(atTheirMean, ensemble.truth(), ensemble.noiseVariance());

        Vectors.assertClose("variance with the truth moved by 3", otherTruth.variance(), original.variance(), ORACLE);
        Vectors.assertClose("bias² of the mean prediction alone", noSpread.bias2(), original.bias2(), ORACLE);
        Vectors.assertClose("variance of identical models", noSpread.variance(), new double[ensemble.points()], ORACLE);
    }
}
