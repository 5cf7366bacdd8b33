package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;

/** Laws of learning curves: one estimate per size with the same seed, and how the errors move with n. */
class LearningCurveProperties {

    Gen<Experiments.Experiment> experiments() {
        return Experiments.experiments(new Experiments.Spec(3, 0, 10, 2, 10, 0.0, 1.0, false));
    }

    Gen<Experiments.Experiment> realizable() {
        return Experiments.experiments(new Experiments.Spec(3, 0, 3, 100, 100, 0.2, 1.0, true));
    }

    Gen<Integer> extraSizes() {
        return Gens.ints(0, 30);
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "learning-curve",
            hint = "Entry i of the learning curve is BiasVariance.estimate at trainingSizes[i], in the order given, every one with the same seed.")
    void eachPointIsTheEstimateAtItsSizeWithTheSameSeed(@ForAll("experiments") Experiments.Experiment experiment,
            @ForAll("extraSizes") int extra) {
        int[] sizes = {experiment.trainingSize() + extra, experiment.trainingSize(), experiment.trainingSize() + 2 * extra};

        List<MonteCarloEstimate> curve = LearningCurve.run(experiment.problem(), experiment.degree(), sizes,
                experiment.repetitions(), experiment.testX(), experiment.seed());

        assertThat(curve).hasSize(sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            Estimates.assertIdentical("size " + sizes[i], curve.get(i), experiment.with(experiment.degree(), sizes[i],
                    experiment.repetitions(), experiment.testX()).estimate());
        }
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "learning-curve",
            hint = "For a model that contains h*, more data raises the training error and lowers the test error, and the gap between them closes: the training error is measured on each model's own training set, the test error against the truth.")
    void trainingErrorRisesTestErrorFallsAndTheGapCloses(@ForAll("realizable") Experiments.Experiment experiment) {
        int p = experiment.degree() + 1;
        int[] sizes = {experiment.trainingSize(), 8 * p + 8, 64 * p + 64};

        List<MonteCarloEstimate> curve = LearningCurve.run(experiment.problem(), experiment.degree(), sizes,
                experiment.repetitions(), experiment.testX(), experiment.seed());

        for (int i = 1; i < sizes.length; i++) {
            MonteCarloEstimate smaller = curve.get(i - 1);
            MonteCarloEstimate larger = curve.get(i);
            assertThat(larger.trainingError()).as("training error at n = %d against n = %d", sizes[i], sizes[i - 1])
                    .isGreaterThan(smaller.trainingError());
            assertThat(larger.decomposition().meanTestError()).as("test error at n = %d against n = %d", sizes[i],
                    sizes[i - 1]).isLessThan(smaller.decomposition().meanTestError());
            assertThat(gap(larger)).as("test − training error at n = %d against n = %d", sizes[i], sizes[i - 1])
                    .isLessThan(gap(smaller));
        }
    }

    private static double gap(MonteCarloEstimate estimate) {
        return estimate.decomposition().meanTestError() - estimate.trainingError();
    }
}
