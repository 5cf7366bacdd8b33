package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;

/** Curves at the edges of the rules: the shortest ones, constant ones, zeros and infinities. */
class DiagnosisEdgeCasesTests {

    private static Diagnosis diagnose(double[] train, double[] validation) {
        return LossCurveDiagnosis.diagnose(new LossHistory(train, validation));
    }

    @Test
    @Graded(points = 1, task = "diagnosis",
            hint = "A constant loss, zero included, is NOT_LEARNING: a decrease of 0 is at most MIN_PROGRESS times the start (compare with <=, so that 0 <= 0 holds).")
    void constantCurvesAreNotLearning() {
        assertThat(diagnose(new double[] {1.5, 1.5}, new double[] {2.0, 2.0})).isEqualTo(Diagnosis.NOT_LEARNING);
        double[] train = new double[12];
        double[] validation = new double[12];
        Arrays.fill(train, 0.7);
        Arrays.fill(validation, 0.9);
        assertThat(diagnose(train, validation)).isEqualTo(Diagnosis.NOT_LEARNING);
        assertThat(diagnose(new double[] {0, 0, 0}, new double[] {0, 0, 0})).isEqualTo(Diagnosis.NOT_LEARNING);
    }

    @Test
    @Graded(points = 1, task = "diagnosis",
            hint = "Two entries are enough: a loss that grew by more than GROWTH is DIVERGING, one that fell by a lot is still falling (LR_TOO_LOW: with two entries the middle window is the first).")
    void twoEntriesAreEnough() {
        assertThat(diagnose(new double[] {1.0, 1.2}, new double[] {1.0, 1.2})).isEqualTo(Diagnosis.DIVERGING);
        assertThat(diagnose(new double[] {1.0, 0.5}, new double[] {1.0, 0.5})).isEqualTo(Diagnosis.LR_TOO_LOW);
    }

    @Test
    @Graded(points = 1, task = "diagnosis",
            hint = "Infinite losses mean DIVERGING, whichever curve holds them, even when the training loss looks healthy.")
    void infiniteLossesAreDiverging() {
        double[] healthy = {2.3, 0.9, 0.6, 0.52, 0.5};
        double inf = Double.POSITIVE_INFINITY;

        assertThat(diagnose(healthy, new double[] {2.3, 1.0, 0.7, inf, inf})).isEqualTo(Diagnosis.DIVERGING);
        assertThat(diagnose(new double[] {2.3, inf, inf, inf, inf}, healthy)).isEqualTo(Diagnosis.DIVERGING);
    }
}
