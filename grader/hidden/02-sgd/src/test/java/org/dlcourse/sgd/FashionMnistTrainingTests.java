package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dlcourse.kit.data.BalancedSubsets;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.kit.data.ValidationSplit;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Training on the real Fashion-MNIST, on budgets of a few seconds: small class-balanced subsets of the training
 * images (validation carved from them, the 10,000 test images only for the final accuracy), in FLOAT, which the
 * comparisons here do not need more than. The lecture's full run (≥ 0.84 test accuracy) takes minutes and is not
 * a test.
 *
 * <p>The settings were chosen, and their margins measured, with the reference solution over 16 seeds (each seed
 * stands for a differently shuffled but correct implementation): see the constants.
 */
class FashionMnistTrainingTests {

    /**
     * Test accuracy after two epochs of 2,000 images (batch 20, lr 0.05): measured 0.685 to 0.76 over 16 seeds;
     * chance is 0.10.
     */
    private static final double SHORT_BUDGET_ACCURACY = 0.60;

    private static Split data;

    @BeforeAll
    static void loadFashionMnist() {
        data = FashionMnist.load(DataType.FLOAT);
    }

    @Test
    @Graded(points = 3, task = "training",
            hint = "Two epochs of mini-batch SGD on 2,000 Fashion-MNIST images must already learn: accuracy far above chance, training and validation losses falling every epoch. Check that each step uses the batch's own images and labels.")
    void aShortBudgetLearnsFashionMnist() {
        ValidationSplit fit = new Split(BalancedSubsets.sample(data.train(), 250,
                Seeds.of("02-sgd/short-budget/subset")), data.test())
                .validationSplit(500, Seeds.of("02-sgd/short-budget/validation"));
        SoftmaxRegression model = new SoftmaxRegression(FashionMnist.PIXELS, 10, DataType.FLOAT);

        LossHistory history = MiniBatchTrainer.train(model, new Sgd(model.parameters(), SgdSettings.plain(0.05)),
                fit.train(), fit.validation(), new TrainingSettings(2, 20, Seeds.of("02-sgd/short-budget/run")));

        assertThat(history.train()).as("training loss before and after each epoch")
                .isSortedAccordingTo((x, y) -> -Double.compare(x, y)).doesNotHaveDuplicates();
        assertThat(history.validation()).as("validation loss before and after each epoch")
                .isSortedAccordingTo((x, y) -> -Double.compare(x, y)).doesNotHaveDuplicates();
        assertThat(history.train()[2]).as("training loss after two epochs (ln 10 = 2.30 at the start)")
                .isLessThan(0.5 * Math.log(10));
        assertThat(model.accuracy(data.test())).as("test accuracy after two epochs")
                .isGreaterThan(SHORT_BUDGET_ACCURACY);
    }

    /**
     * The learning-rate range experiment of lecture 02, §5, on 1,000 images for six epochs of batches of 50. Measured
     * over 16 seeds: lr 3 rises to ≥ 4.1× its best loss (DIVERGING needs 1.1×); lr 0.05 brings ≤ 12% of its
     * decrease in the second half (HEALTHY needs &lt; 25%) with validation ≤ 0.9% above its minimum (OVERFITTING
     * needs 10%); lr 0.001 brings 44% in the second half for an 11% decrease (LR_TOO_LOW needs 25% and 2%); lr 1e-6
     * decreases by 0.015% (NOT_LEARNING needs ≤ 2%).
     */
    @Test
    @Graded(points = 3, task = "experiments",
            hint = "A learning-rate sweep on Fashion-MNIST (lr 3, 0.05, 0.001, 1e-6, six epochs) must come out DIVERGING, HEALTHY, LR_TOO_LOW, NOT_LEARNING: train each run from a fresh model and diagnose its history.")
    void theLearningRateSweepIsDiagnosed() {
        ValidationSplit fit = new Split(BalancedSubsets.sample(data.train(), 120, Seeds.of("02-sgd/lr-sweep/subset")),
                data.test()).validationSplit(200, Seeds.of("02-sgd/lr-sweep/validation"));
        Map<Double, Diagnosis> expected = new LinkedHashMap<>();
        expected.put(3.0, Diagnosis.DIVERGING);
        expected.put(0.05, Diagnosis.HEALTHY);
        expected.put(1e-3, Diagnosis.LR_TOO_LOW);
        expected.put(1e-6, Diagnosis.NOT_LEARNING);

        Map<Double, Diagnosis> diagnosed = new LinkedHashMap<>();
        for (double learningRate : expected.keySet()) {
            SoftmaxRegression model = new SoftmaxRegression(FashionMnist.PIXELS, 10, DataType.FLOAT);
            LossHistory history = MiniBatchTrainer.train(model, new Sgd(model.parameters(),
                    SgdSettings.plain(learningRate)), fit.train(), fit.validation(),
                    new TrainingSettings(6, 50, Seeds.of("02-sgd/lr-sweep/run")));
            diagnosed.put(learningRate, LossCurveDiagnosis.diagnose(history));
        }

        assertThat(diagnosed).as("diagnosis per learning rate").containsExactlyEntriesOf(expected);
    }
}
