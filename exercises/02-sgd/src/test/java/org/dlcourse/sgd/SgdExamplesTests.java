package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.TensorAssertions;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Public examples for exercise 02, small enough to check by hand; none needs the Fashion-MNIST files. Passing them
 * does not mean the hidden tests pass: those compare with PyTorch's optimizer, check laws of SGD on generated
 * problems, watch which samples every epoch uses, and diagnose hundreds of generated loss curves.
 */
class SgdExamplesTests {

    /** A handful of double operations on values of order 1: exact to ~1e-16, so 1e-12 only absorbs rounding. */
    private static final Tolerance EXAMPLE = Tolerance.of(1e-12, 1e-12);

    private static INDArray vector(double... values) {
        return Nd4j.create(values, new long[] {1, values.length});
    }

    private static INDArray afterSteps(SgdSettings settings, INDArray start, INDArray... gradients) {
        INDArray parameter = start.dup();
        Sgd optimizer = new Sgd(List.of(parameter), settings);
        for (INDArray gradient : gradients) {
            optimizer.step(List.of(gradient));
        }
        return parameter;
    }

    @Test
    @Graded(points = 1, task = "sgd", hint = "plain SGD moves against the gradient: θ ← θ − lr·g")
    void plainStep() {
        INDArray theta = afterSteps(SgdSettings.plain(0.1), vector(1, 2), vector(0.5, -1));

        TensorAssertions.assertThat(theta).isCloseTo(vector(0.95, 2.1), EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "sgd",
            hint = "momentum: the buffer is g at the first step, then b ← μ·b + g; the step is θ ← θ − lr·b")
    void momentumAccumulatesAConstantGradient() {
        INDArray one = vector(1);

        INDArray theta = afterSteps(SgdSettings.plain(0.1).withMomentum(0.9), vector(0), one, one);

        // b₁ = 1, θ₁ = −0.1; b₂ = 0.9·1 + 1 = 1.9, θ₂ = −0.1 − 0.19 = −0.29
        TensorAssertions.assertThat(theta).isCloseTo(vector(-0.29), EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "sgd", hint = "weight decay adds wd·θ to the gradient before the step")
    void weightDecayShrinksTheParameter() {
        INDArray theta = afterSteps(SgdSettings.plain(0.1).withWeightDecay(0.5), vector(2), vector(0));

        // g = 0 + 0.5·2 = 1, θ = 2 − 0.1·1
        TensorAssertions.assertThat(theta).isCloseTo(vector(1.9), EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "sgd", hint = "Nesterov: after updating the buffer b, step along g + μ·b")
    void nesterovLooksAhead() {
        INDArray theta = afterSteps(SgdSettings.plain(0.1).withMomentum(0.9).withNesterov(true), vector(0), vector(1));

        // b = 1, direction 1 + 0.9·1 = 1.9, θ = −0.19
        TensorAssertions.assertThat(theta).isCloseTo(vector(-0.19), EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "mini-batches", hint = "a shuffled order holds every index 0..n-1 exactly once")
    void shuffledIndicesArePermutations() {
        int[] order = MiniBatches.shuffledIndices(10, new SplittableRandom(7));

        assertThat(order).hasSize(10);
        assertThat(Arrays.stream(order).sorted().toArray()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    @Graded(points = 1, task = "mini-batches", hint = "consecutive slices of the order; the last, smaller batch is kept")
    void batchesKeepTheLastPartialBatch() {
        List<int[]> batches = MiniBatches.batches(new int[] {3, 1, 4, 0, 2}, 2);

        assertThat(batches).containsExactly(new int[] {3, 1}, new int[] {4, 0}, new int[] {2});
    }

    @Test
    @Graded(points = 1, task = "training",
            hint = "every epoch visits each sample once; history entry 0 is before training, entry e after epoch e")
    void trainingSeparatesTwoPoints() {
        Dataset data = new Dataset(Nd4j.create(new double[][] {{1, 0}, {0, 1}}), new int[] {0, 1}, List.of("a", "b"));
        SoftmaxRegression model = new SoftmaxRegression(2, 2, DataType.DOUBLE);
        List<int[]> seen = new ArrayList<>();

        LossHistory history = MiniBatchTrainer.train(model, new Sgd(model.parameters(), SgdSettings.plain(1.0)), data,
                data, new TrainingSettings(20, 1, 1), (epoch, indices) -> seen.add(indices));

        assertThat(seen).hasSize(40);
        assertThat(history.length()).isEqualTo(21);
        assertThat(history.train()[0]).isCloseTo(Math.log(2), within(1e-12));
        assertThat(history.train()[20]).isLessThan(0.1);
        assertThat(model.accuracy(data)).isEqualTo(1.0);
    }

    @Test
    @Graded(points = 1, task = "diagnosis", hint = "a loss that grows or becomes NaN is DIVERGING")
    void divergingCurves() {
        assertThat(LossCurveDiagnosis.diagnose(new LossHistory(new double[] {2.3, 5, 40, Double.NaN},
                new double[] {2.3, 5, 41, Double.NaN}))).isEqualTo(Diagnosis.DIVERGING);
        assertThat(LossCurveDiagnosis.diagnose(new LossHistory(new double[] {2.3, 2.6, 2.9, 3.2, 3.5},
                new double[] {2.3, 2.6, 2.9, 3.2, 3.5}))).isEqualTo(Diagnosis.DIVERGING);
    }

    @Test
    @Graded(points = 1, task = "diagnosis",
            hint = "flat: NOT_LEARNING; still falling steadily: LR_TOO_LOW; fell and levelled off: HEALTHY")
    void flatSlowAndHealthyCurves() {
        double[] flat = {2.30, 2.30, 2.29, 2.30, 2.30};
        double[] slow = {2.30, 2.25, 2.20, 2.15, 2.10};
        double[] healthy = {2.30, 0.90, 0.60, 0.52, 0.50};

        assertThat(LossCurveDiagnosis.diagnose(new LossHistory(flat, flat))).isEqualTo(Diagnosis.NOT_LEARNING);
        assertThat(LossCurveDiagnosis.diagnose(new LossHistory(slow, slow))).isEqualTo(Diagnosis.LR_TOO_LOW);
        assertThat(LossCurveDiagnosis.diagnose(new LossHistory(healthy, healthy))).isEqualTo(Diagnosis.HEALTHY);
    }

    @Test
    @Graded(points = 1, task = "diagnosis", hint = "validation loss turning up while training loss falls is OVERFITTING")
    void overfittingCurves() {
        LossHistory history = new LossHistory(new double[] {2.30, 0.90, 0.50, 0.30, 0.20},
                new double[] {2.30, 1.00, 0.80, 0.95, 1.20});

        assertThat(LossCurveDiagnosis.diagnose(history)).isEqualTo(Diagnosis.OVERFITTING);
    }
}
