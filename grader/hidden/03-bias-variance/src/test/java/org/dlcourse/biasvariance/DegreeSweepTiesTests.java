package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;

/**
 * Degrees whose mean expected test errors tie exactly. Lecture 03 does not discuss ties; {@link DegreeSweep#bestDegree}
 * documents the convention: the smallest such degree, the simplest of the equally good models. The ties here are
 * exact in double and come from different per-point errors with the same mean (dyadic values, σ² + bias² + variance
 * at every point), as two degrees of a real sweep would give them.
 */
class DegreeSweepTiesTests {

    private static final double NOISE = 0.5;

    /** Mean test error 2 from the errors (1, 3) at two test points. */
    private static final Decomposition UNEVEN = new Decomposition(
            new double[] {0.25, 1.5}, new double[] {0.25, 1.0}, new double[] {1.0, 3.0}, NOISE);

    /** Mean test error 2 from the errors (2, 2). */
    private static final Decomposition EVEN = new Decomposition(
            new double[] {1.0, 1.0}, new double[] {0.5, 0.5}, new double[] {2.0, 2.0}, NOISE);

    /** Mean test error 4. */
    private static final Decomposition HIGH = new Decomposition(
            new double[] {3.0, 3.0}, new double[] {0.5, 0.5}, new double[] {4.0, 4.0}, NOISE);

    private static DegreeSweep sweep(Decomposition... byDegree) {
        List<MonteCarloEstimate> estimates = new ArrayList<>();
        for (int degree = 0; degree < byDegree.length; degree++) {
            estimates.add(new MonteCarloEstimate(degree, 10, 4, byDegree[degree], 1.0 / (degree + 1)));
        }
        return new DegreeSweep(estimates);
    }

    @Test
    @Graded(points = 1, task = "degree-sweep",
            hint = "When several degrees have exactly the same least mean test error, bestDegree must return the SMALLEST of them (the documented convention: the simplest equally good model). Compare with a strict <, so a later degree with an equal error does not replace the best one.")
    void theSmallestOfTiedDegreesIsBest() {
        DegreeSweep tiedInTheMiddle = sweep(HIGH, UNEVEN, EVEN, HIGH);
        assertThat(tiedInTheMiddle.bestDegree()).as("best of the errors 4, 2, 2, 4").isEqualTo(1);
        assertThat(tiedInTheMiddle.diagnosis(2)).as("degree 2, tied with the best degree 1")
                .isEqualTo(Diagnosis.OVERFITTING);

        DegreeSweep allTied = sweep(EVEN, UNEVEN, EVEN);
        assertThat(allTied.bestDegree()).as("best of the errors 2, 2, 2").isZero();
        assertThat(allTied.diagnosis(0)).as("degree 0 when every degree ties").isEqualTo(Diagnosis.BEST);
    }
}
