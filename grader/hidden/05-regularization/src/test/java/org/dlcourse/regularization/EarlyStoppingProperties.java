package org.dlcourse.regularization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Early stopping on generated validation curves (values from a small set, so ties and plateaus are common): it
 * stops after the first epoch e with e − bestEpoch ≥ P and restores the weights of the best epoch. The "training" of
 * epoch e sets every parameter to a value that names e, so the restored weights say which epoch they come from.
 */
class EarlyStoppingProperties {

    /** What the rule of the exercise does on a curve, computed independently. */
    private record Expected(int bestEpoch, double bestLoss, int epochsRun) {

        static Expected of(double[] losses, int maxEpochs, int patience) {
            double best = Double.POSITIVE_INFINITY;
            int bestEpoch = 0;
            for (int epoch = 1; epoch <= maxEpochs; epoch++) {
                double loss = losses[epoch - 1];
                if (loss < best) {
                    best = loss;
                    bestEpoch = epoch;
                } else if (epoch - bestEpoch >= patience) {
                    return new Expected(bestEpoch, best, epoch);
                }
            }
            return new Expected(bestEpoch, best, maxEpochs);
        }
    }

    /** A run of the student's early stopping on {@code losses}, with the parameters it left behind. */
    private record Run(EarlyStoppingResult result, int epochsTrained, INDArray w, INDArray v) {

        static Run of(double[] losses, int maxEpochs, int patience) {
            INDArray w = Nd4j.zeros(DataType.DOUBLE, 1, 3);
            INDArray v = Nd4j.zeros(DataType.DOUBLE, 2, 1);
            int[] epoch = {0};
            EarlyStoppingResult result = new EarlyStopping(patience).run(maxEpochs, List.of(w, v), () -> {
                epoch[0]++;
                w.assign(epoch[0]);
                v.assign(-10.0 * epoch[0]);
            }, () -> losses[Math.min(epoch[0], losses.length) - 1]);
            return new Run(result, epoch[0], w, v);
        }
    }

    Gen<INDArray> curves() {
        return Gens.matrices().rows(1, 1).cols(1, 30).values(Gens.oneOf(1.0, 2.0, 3.0, 0.5, 1.5, 2.5));
    }

    Gen<Integer> patiences() {
        return Gens.ints(1, 6);
    }

    Gen<Integer> epochLimits() {
        return Gens.ints(1, 30);
    }

    @Property(tries = 200)
    @Graded(points = 3, task = "early-stopping",
            hint = "Stop right after the first epoch e with e - bestEpoch >= patience (patience epochs in a row without a strictly lower validation loss), or after maxEpochs: not one epoch earlier or later; record the loss of every epoch run.")
    void stopsAfterPatienceEpochsWithoutImprovement(@ForAll("curves") INDArray curve, @ForAll("patiences") int patience,
            @ForAll("epochLimits") int limit) {
        double[] losses = curve.toDoubleVector();
        int maxEpochs = Math.min(limit, losses.length);
        Expected expected = Expected.of(losses, maxEpochs, patience);

        Run run = Run.of(losses, maxEpochs, patience);

        assertThat(run.epochsTrained()).as("epochs trained").isEqualTo(expected.epochsRun());
        assertThat(run.result().epochsRun()).as("epochsRun()").isEqualTo(expected.epochsRun());
        List<Double> recorded = new ArrayList<>();
        for (int e = 0; e < expected.epochsRun(); e++) {
            recorded.add(losses[e]);
        }
        // Element by element, never the list's own equals: the list may be a class of the student's.
        assertThat(run.result().validationLosses()).as("validation losses").containsExactlyElementsOf(recorded);
    }

    @Property(tries = 200)
    @Graded(points = 3, task = "early-stopping",
            hint = "At the end, copy the weights of the best epoch (strictly lowest validation loss, the first one among ties) back into the parameter arrays themselves; save a copy (dup) when an epoch improves, not the live arrays.")
    void restoresTheWeightsOfTheBestEpoch(@ForAll("curves") INDArray curve, @ForAll("patiences") int patience,
            @ForAll("epochLimits") int limit) {
        double[] losses = curve.toDoubleVector();
        int maxEpochs = Math.min(limit, losses.length);
        Expected expected = Expected.of(losses, maxEpochs, patience);

        Run run = Run.of(losses, maxEpochs, patience);

        assertThat(run.result().bestEpoch()).as("bestEpoch()").isEqualTo(expected.bestEpoch());
        assertThat(run.result().bestValidationLoss()).as("bestValidationLoss()").isEqualTo(expected.bestLoss());
        assertThat(run.w().toDoubleVector()).as("w, set to the epoch number by each epoch")
                .containsOnly((double) expected.bestEpoch());
        assertThat(run.v().toDoubleVector()).as("v, set to −10·epoch by each epoch")
                .containsOnly(-10.0 * expected.bestEpoch());
    }

    @Test
    @Graded(points = 1, task = "early-stopping",
            hint = "A NaN validation loss never improves; if no epoch improves, stop after `patience` epochs and restore the initial weights (bestEpoch 0, bestValidationLoss +infinity).")
    void withoutImprovementTheInitialWeightsComeBack() {
        double[] losses = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};

        Run run = Run.of(losses, 5, 3);

        assertThat(run.result().bestEpoch()).isZero();
        assertThat(run.result().bestValidationLoss()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(run.result().epochsRun()).isEqualTo(3);
        assertThat(run.w().toDoubleVector()).containsOnly(0.0);
    }
}
