package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;

/**
 * Curves exactly on the thresholds of {@link LossCurveDiagnosis}, where lecture 02, §4 and the class comment fix the
 * side: a validation loss exactly 1.1 times its minimum is not yet overfitting (last(v) &gt; 1.1·min(v), strict), and a
 * second half that brought exactly a quarter of the decrease is still falling (≥ 0.25, "at least a quarter").
 *
 * <p>The ties are exact in double and under the rearrangements of the rules a student is likely to write: with
 * min(v) = 10·2ᵏ and last(v) = 11·2ᵏ, (1 + 0.1)·min(v), min(v) + 0.1·min(v), last(v) − min(v) against 0.1·min(v) and
 * last(v)/min(v) against 1.1 all round to the tie (1.1·10 rounds to 11 by ties-to-even); the training curves of the
 * still-falling tie hold only dyadic values (first 5, middle 2, last 1, times 2ᵏ or 3/4), so every difference,
 * product by 0.25 and ratio is exact. One ulp across the tie flips the label, so the tests pin the side, not only the
 * value of the threshold.
 */
class DiagnosisTiesTests {

    /** Scales that keep every tie exact: powers of two (and 3/4 for the dyadic curves). */
    private static final double[] EXACT_SCALES = {0.125, 1.0, 16.0};

    private static Diagnosis diagnose(double[] train, double[] validation) {
        return LossCurveDiagnosis.diagnose(new LossHistory(train, validation));
    }

    private static double[] scaled(double[] curve, double scale) {
        return Arrays.stream(curve).map(value -> value * scale).toArray();
    }

    @Test
    @Graded(points = 1, task = "diagnosis",
            hint = "A final validation loss EXACTLY 1.1 times its minimum is not overfitting: the rule is last(v) > (1 + OVERFIT_RISE) * min(v), strict (lecture 02, section 4). Using >= labels a run on the threshold OVERFITTING.")
    void aValidationLossExactlyOnTheOverfittingThresholdIsNotOverfitting() {
        // Training levelled off (its second half brought 5% of the decrease): HEALTHY unless the validation rule fires.
        double[] train = {5, 3.5, 3, 2.75, 2.625, 2.5625, 2.53125, 2.515625, 2.5};
        double[] onThreshold = {14, 12, 10.5, 10, 10.25, 10.5, 10.75, 11, 11};
        double[] justAbove = onThreshold.clone();
        justAbove[justAbove.length - 1] = Math.nextUp(11.0);
        // T = 20, window 2 (a power of two, so the window's mean is exact however it is summed).
        double[] longTrain = new double[20];
        double[] longOnThreshold = new double[20];
        for (int k = 0; k < 20; k++) {
            longTrain[k] = 1 + 4 * Math.pow(0.5, k);
            longOnThreshold[k] = k <= 8 ? 14 - 0.5 * k : k < 18 ? 10 + (k - 8) / 10.0 : 11;
        }
        for (double scale : EXACT_SCALES) {
            assertThat(diagnose(scaled(train, scale), scaled(onThreshold, scale)))
                    .as("last(v) = 1.1·min(v) exactly, min(v) = %s (T = 9, window 1)", 10 * scale)
                    .isEqualTo(Diagnosis.HEALTHY);
            assertThat(diagnose(scaled(longTrain, scale), scaled(longOnThreshold, scale)))
                    .as("mean of the last 2 validation losses = 1.1·min(v) exactly, min(v) = %s (T = 20, window 2)",
                            10 * scale)
                    .isEqualTo(Diagnosis.HEALTHY);
            assertThat(diagnose(scaled(train, scale), scaled(justAbove, scale)))
                    .as("last(v) one ulp above 1.1·min(v), min(v) = %s", 10 * scale)
                    .isEqualTo(Diagnosis.OVERFITTING);
        }
    }

    @Test
    @Graded(points = 1, task = "diagnosis",
            hint = "A second half that brought EXACTLY a quarter of the decrease is still falling: the rule is middle(t) - last(t) >= STILL_FALLING * (first(t) - last(t)), 'at least a quarter' (lecture 02, section 4). Using > labels a run on the threshold HEALTHY.")
    void aSecondHalfBringingExactlyAQuarterIsStillFalling() {
        // T = 9, window 1: first = 5, middle = t[4] = 2, last = 1, so middle − last = 1 = 0.25·(5 − 1).
        double[] onThreshold = {5, 4, 3, 2.5, 2, 1.75, 1.5, 1.25, 1};
        double[] justBelow = onThreshold.clone();
        justBelow[4] = Math.nextDown(2.0);
        // Validation falls to its last entry: never overfitting.
        double[] validation = {5.5, 4.5, 3.5, 3, 2.5, 2.25, 2, 1.75, 1.5};
        for (double scale : new double[] {0.125, 0.75, 1.0, 16.0}) {
            assertThat(diagnose(scaled(onThreshold, scale), scaled(validation, scale)))
                    .as("middle − last = 0.25·(first − last) exactly, scale %s", scale)
                    .isEqualTo(Diagnosis.LR_TOO_LOW);
            assertThat(diagnose(scaled(justBelow, scale), scaled(validation, scale)))
                    .as("middle one ulp below the tie, scale %s", scale)
                    .isEqualTo(Diagnosis.HEALTHY);
        }
    }
}
