package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.dlcourse.kit.grading.Graded;
import org.nd4j.linalg.api.buffer.DataType;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A kernel matrix with a zero eigenvalue: two identical training inputs give two identical rows of Θ. At finite t a
 * singular Θ is harmless (lecture 07, §4: (1 − e^(−η·t·λ/N))/λ stays finite as λ → 0); at t = ∞ the ridgeless solve
 * Θ·a = f₀(X) − y has no unique solution, and the Cholesky factorization, whose contract is to fail on a pivot that
 * is not positive, meets a pivot of exactly 0.
 *
 * <p>Θ = [[4, 2, 4], [2, 5, 2], [4, 2, 4]] (inputs 0 and 2 identical) factors exactly in double: L's first two columns
 * are (2, 1, 2) and (0, 2, 0), and the last pivot is 4 − (2² + 0²) = 0, not a rounding residue. A check
 * {@code pivot >= 0} (or {@code pivot < 0} for failing) lets it through, and the solve then divides by L₂₂ = 0 and
 * returns infinite or NaN predictions instead of failing.
 */
class SingularKernelTests {

    private static GradientFlow duplicatedTrainingInput() {
        return new GradientFlow(
                Nd4j.create(new double[][] {{4, 2, 4}, {2, 5, 2}, {4, 2, 4}}),
                Nd4j.create(new double[][] {{1, 0.5, 1}, {0.25, 2, 0.25}}),
                Nd4j.create(new double[] {1, -1, 1}),
                Nd4j.create(new double[] {0.5, 0.25, 0.5}),
                Nd4j.create(new double[] {0.125, -0.5}),
                0.1);
    }

    @Test
    @Graded(points = 1, task = "gradient-flow",
            hint = "Two identical training inputs make Θ singular: the Cholesky factorization meets a pivot of exactly 0, which is NOT positive. Fail with an IllegalArgumentException naming the pivot (test pivot > 0, not pivot >= 0); dividing by a zero L[j][j] returns Infinity/NaN predictions at t = ∞.")
    void aZeroPivotFailsTheSolveAtInfiniteTime() {
        GradientFlow flow = duplicatedTrainingInput();

        assertThatThrownBy(() -> flow.predict(Double.POSITIVE_INFINITY)).as("predict(∞) with a singular Θ")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Arrays.stream(flow.predict(1.0).test().castTo(DataType.DOUBLE).toDoubleVector())
                .allMatch(Double::isFinite))
                .as("every test prediction at t = 1 with the same singular Θ is finite").isTrue();
    }
}
