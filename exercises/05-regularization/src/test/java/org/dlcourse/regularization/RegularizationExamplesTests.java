package org.dlcourse.regularization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.TensorAssertions;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Public examples for exercise 05, small enough to check by hand. Passing them does not mean the hidden tests
 * pass: those compare batch normalization with PyTorch, check its invariances and gradients on generated batches,
 * count dropped units over many masks, and check early stopping, the folds and the augmentation on generated cases.
 */
class RegularizationExamplesTests {

    /** A handful of double operations on values of order 1: exact to ~1e-16, so 1e-12 only absorbs rounding. */
    private static final Tolerance EXAMPLE = Tolerance.of(1e-12, 1e-12);

    private static INDArray matrix(double[][] values) {
        return Nd4j.create(values);
    }

    @Test
    @Graded(points = 1, task = "weight-decay", hint = "the penalty is (λ/2)·‖w‖² and its gradient λ·w")
    void l2PenaltyAndGradient() {
        INDArray w = matrix(new double[][] {{1, -2}, {0, 3}});

        assertThat(WeightDecay.l2Penalty(List.of(w), 0.1)).isCloseTo(0.05 * 14, within(1e-12));
        TensorAssertions.assertThat(WeightDecay.l2Gradient(w, 0.1))
                .isCloseTo(new double[][] {{0.1, -0.2}, {0, 0.3}}, EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "dropout", hint = "evaluation mode is the identity; p = 0 keeps everything unscaled")
    void dropoutInEvaluationModeIsTheIdentity() {
        INDArray x = matrix(new double[][] {{1, 2, 3}});

        TensorAssertions.assertThat(new Dropout(0.5, new SplittableRandom(1)).forward(x, Mode.EVAL))
                .isCloseTo(x, EXAMPLE);
        TensorAssertions.assertThat(new Dropout(0.0, new SplittableRandom(1)).forward(x, Mode.TRAIN))
                .isCloseTo(x, EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "batch-norm",
            hint = "training mode normalizes each column with the batch mean and the biased (1/n) variance")
    void batchNormOfTwoRows() {
        BatchNorm1d layer = new BatchNorm1d(1);

        // μ = 2, σ² = 1 (biased), x̂ = ∓1/√(1 + 1e-5)
        INDArray y = layer.forward(matrix(new double[][] {{1}, {3}}), Mode.TRAIN);

        double one = 1 / Math.sqrt(1 + 1e-5);
        TensorAssertions.assertThat(y).isCloseTo(new double[][] {{-one}, {one}}, EXAMPLE);
        // running_mean = 0.9·0 + 0.1·2, running_var = 0.9·1 + 0.1·2 (unbiased: 2/(2 − 1)·1)
        TensorAssertions.assertThat(layer.runningMean()).isCloseTo(new double[][] {{0.2}}, EXAMPLE);
        TensorAssertions.assertThat(layer.runningVar()).isCloseTo(new double[][] {{1.1}}, EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "early-stopping",
            hint = "stop after `patience` epochs in a row without a lower validation loss, then restore the best weights")
    void earlyStoppingRestoresTheBestEpoch() {
        double[] losses = {3, 2, 2.5, 1.9, 2, 2.1, 1.0};
        INDArray w = matrix(new double[][] {{0}});
        int[] epoch = {0};

        EarlyStoppingResult result = new EarlyStopping(2).run(100, List.of(w), () -> w.assign(++epoch[0]),
                () -> losses[epoch[0] - 1]);

        assertThat(result.bestEpoch()).isEqualTo(4);
        assertThat(result.epochsRun()).as("epochs 5 and 6 do not improve on epoch 4").isEqualTo(6);
        assertThat(w.getDouble(0, 0)).as("weights of epoch 4 restored").isEqualTo(4.0);
    }

    @Test
    @Graded(points = 1, task = "k-fold", hint = "10 samples in 3 folds: validation sets of 4, 3 and 3, consecutive")
    void tenSamplesInThreeFolds() {
        List<Fold> folds = KFold.split(10, 3);

        assertThat(folds).extracting(Fold::validation)
                .containsExactly(new int[] {0, 1, 2, 3}, new int[] {4, 5, 6}, new int[] {7, 8, 9});
        assertThat(folds.get(1).train()).containsExactly(0, 1, 2, 3, 7, 8, 9);
    }

    @Test
    @Graded(points = 1, task = "augmentation", hint = "a horizontal flip mirrors each row of pixels; a shift fills with 0")
    void flipAndShiftOfATwoByThreeImage() {
        INDArray image = matrix(new double[][] {{1, 2, 3, 4, 5, 6}});

        TensorAssertions.assertThat(Augmentation.flipHorizontally(image, 2, 3))
                .isCloseTo(new double[][] {{3, 2, 1, 6, 5, 4}}, EXAMPLE);
        TensorAssertions.assertThat(Augmentation.shift(image, 2, 3, 1, -1))
                .isCloseTo(new double[][] {{0, 0, 0, 2, 3, 0}}, EXAMPLE);
    }
}
