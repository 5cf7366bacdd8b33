package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.junit.jupiter.api.Test;

/** Laws of the sweep over the degree: common training sets, the best degree, under- and overfitting on a sine. */
class DegreeSweepProperties {

    /**
     * Nested least squares on the same data: the residual of degree d + 1 never exceeds that of degree d in exact
     * arithmetic; in double the two can differ by rounding of the squared residuals, ~1e-15 relative to σ².
     */
    private static final double NESTED = 1e-12;

    Gen<Experiments.Experiment> experiments() {
        return Experiments.experiments(new Experiments.Spec(6, 0, 12, 2, 12, 0.0, 1.0, false));
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "degree-sweep",
            hint = "Entry d of the sweep is BiasVariance.estimate at degree d, for d = 0, …, maxDegree, every one with the same seed.")
    void eachDegreeIsTheEstimateWithTheSameSeed(@ForAll("experiments") Experiments.Experiment experiment) {
        DegreeSweep sweep = DegreeSweep.run(experiment.problem(), experiment.degree(), experiment.trainingSize(),
                experiment.repetitions(), experiment.testX(), experiment.seed());

        assertThat(sweep.estimates()).hasSize(experiment.degree() + 1);
        for (int d = 0; d <= experiment.degree(); d++) {
            Estimates.assertIdentical("degree " + d, sweep.estimates().get(d), experiment.with(d, experiment.trainingSize(),
                    experiment.repetitions(), experiment.testX()).estimate());
        }
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "degree-sweep",
            hint = "Fit every degree to the same training sets (the same seed): polynomials of degree d are among those of degree d + 1, so the training error can only fall as the degree grows.")
    void trainingErrorNeverRisesWithTheDegree(@ForAll("experiments") Experiments.Experiment experiment) {
        List<MonteCarloEstimate> estimates = DegreeSweep.run(experiment.problem(), experiment.degree(),
                experiment.trainingSize(), experiment.repetitions(), experiment.testX(), experiment.seed()).estimates();

        for (int d = 1; d < estimates.size(); d++) {
            double lower = estimates.get(d - 1).trainingError();
            assertThat(estimates.get(d).trainingError()).as("training error of degree %d against degree %d", d, d - 1)
                    .isLessThanOrEqualTo(lower + NESTED * Math.max(lower, 1e-12));
        }
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "degree-sweep",
            hint = "bestDegree is the degree with the smallest mean expected test error (the first one on ties); degrees below it underfit, degrees above it overfit.")
    void bestDegreeHasTheLeastTestErrorAndSplitsTheDiagnoses(@ForAll("experiments") Experiments.Experiment experiment) {
        DegreeSweep sweep = DegreeSweep.run(experiment.problem(), experiment.degree(), experiment.trainingSize(),
                experiment.repetitions(), experiment.testX(), experiment.seed());

        int best = sweep.bestDegree();
        double least = sweep.estimates().get(best).decomposition().meanTestError();
        for (int d = 0; d < sweep.estimates().size(); d++) {
            double error = sweep.estimates().get(d).decomposition().meanTestError();
            if (d < best) {
                assertThat(error).as("test error of degree %d below the best %d", d, best).isGreaterThan(least);
                assertThat(sweep.diagnosis(d)).isEqualTo(Diagnosis.UNDERFITTING);
            } else if (d > best) {
                assertThat(error).as("test error of degree %d above the best %d", d, best).isGreaterThanOrEqualTo(least);
                assertThat(sweep.diagnosis(d)).isEqualTo(Diagnosis.OVERFITTING);
            }
        }
        assertThat(sweep.diagnosis(best)).isEqualTo(Diagnosis.BEST);
    }

    @Test
    @Graded(points = 2, task = "degree-sweep",
            hint = "On y = sin(2πx) + noise with 20 points, low degrees have large bias² and high degrees large variance: bias² must be measured against the truth and variance across fresh training sets.")
    void aSineIsUnderfittedByLowAndOverfittedByHighDegrees() {
        Problem sine = new Problem(x -> Math.sin(2 * Math.PI * x), 0.3, new Interval(0, 1));
        double[] testX = new double[21];
        for (int t = 0; t < testX.length; t++) {
            testX[t] = 0.05 + 0.9 * t / (testX.length - 1);
        }

        DegreeSweep sweep = DegreeSweep.run(sine, 9, 20, 100, testX, 2024L);

        int best = sweep.bestDegree();
        Decomposition atBest = sweep.estimates().get(best).decomposition();
        Decomposition line = sweep.estimates().get(1).decomposition();
        Decomposition highest = sweep.estimates().get(9).decomposition();
        assertThat(best).as("best degree for a sine from 20 points").isBetween(3, 7);
        assertThat(line.meanBias2()).as("bias² of a line").isGreaterThan(10 * atBest.meanBias2());
        assertThat(highest.meanVariance()).as("variance of degree 9").isGreaterThan(10 * atBest.meanVariance());
        assertThat(sweep.diagnosis(1)).isEqualTo(Diagnosis.UNDERFITTING);
        assertThat(sweep.diagnosis(9)).isEqualTo(Diagnosis.OVERFITTING);
    }
}
