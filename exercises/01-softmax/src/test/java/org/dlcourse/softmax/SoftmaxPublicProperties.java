package org.dlcourse.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Public properties for exercise 01: laws that hold for every batch of logits, checked on generated batches. The
 * runner tries edge cases first (zeros, the bounds, one row, two classes), then random batches from a seed; a
 * failure is shrunk to a small batch and reported with that batch and the seed ({@code -Ddlcourse.seed=...} replays
 * it). The hidden tests check more laws, on larger and extreme logits.
 */
class SoftmaxPublicProperties {

    /** A sum of ≤ 8 probabilities: rounding ≤ 8·2⁻⁵³ ≈ 1e-15; 1e-12 is a wide margin, no more. */
    private static final double ROW_SUM = 1e-12;

    /**
     * log(softmax) and log-softmax of logits within ±30 differ by rounding of a few ulps of values ≤ 60 in magnitude,
     * ≈ 1e-14; 1e-11 leaves three orders of margin.
     */
    private static final Tolerance LOG = Tolerance.of(1e-11, 1e-11);

    /**
     * Adding up to ±1000 to logits of magnitude ≤ 30 rounds each by ≤ 1030 · 2⁻⁵³ ≈ 1.1e-13, which moves softmax by
     * at most twice that relative to itself; 1e-10 leaves three orders of margin.
     */
    private static final Tolerance SHIFT = Tolerance.of(1e-10, 1e-10);

    /**
     * A batch of logits with one integer label per row: row n has label n mod C, so the labels follow the logits as
     * they shrink; shown with the exact logits, to paste into a test of your own.
     */
    record Labelled(INDArray logits, int[] labels) {
        Labelled(INDArray logits) {
            this(logits, IntStream.range(0, logits.rows()).map(n -> n % logits.columns()).toArray());
        }

        @Override
        public String toString() {
            return Arrays.deepToString(logits.toDoubleMatrix()) + ", labels = " + Arrays.toString(labels);
        }
    }

    Gen<INDArray> logits() {
        return Gens.matrices().rows(1, 6).cols(2, 8).values(Gens.doubles(-30, 30));
    }

    Gen<Labelled> labelled() {
        return logits().map(Labelled::new, Labelled::logits);
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "softmax",
            hint = "Each row must be a probability vector: entries ≥ 0, normalized over the class axis (axis 1).")
    void softmaxRowsAreProbabilityVectors(@ForAll("logits") INDArray logits) {
        INDArray p = Softmax.softmax(logits);

        assertThat(p).hasShape(logits.shape()).isAllFiniteFor("softmax", logits, "logit");
        assertThat(p.minNumber().doubleValue()).as("smallest probability").isGreaterThanOrEqualTo(0.0);
        assertThat(p.sum(1)).as("row sums").isCloseTo(Nd4j.ones(logits.rows()), Tolerance.absolute(ROW_SUM));
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "log-softmax",
            hint = "log-softmax(z) must equal log(softmax(z)) wherever softmax is not 0: z − max − log(sum(exp(z − max))) per row.")
    void logSoftmaxIsTheLogOfSoftmax(@ForAll("logits") INDArray logits) {
        INDArray logOfSoftmax = Transforms.log(Softmax.softmax(logits), true);

        assertThat(Softmax.logSoftmax(logits)).hasShape(logits.shape()).isAllFiniteFor("log-softmax", logits, "logit")
                .isCloseTo(logOfSoftmax, LOG);
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "softmax",
            hint = "softmax(z + c) = softmax(z) for a constant c per row, even c = ±1000: subtract each row's own maximum before exponentiating.")
    void softmaxIgnoresAConstantAddedToARow(@ForAll("logits") INDArray logits) {
        INDArray shifts = Nd4j.linspace(-1000, 1000, logits.rows(), logits.dataType()).reshape(logits.rows(), 1);
        INDArray shifted = logits.addColumnVector(shifts);

        INDArray ofShifted = Softmax.softmax(Counterexample.input("shiftedLogits", shifted));
        INDArray ofLogits = Softmax.softmax(Counterexample.input("logits", logits));

        assertThat(ofShifted).as("softmax of the logits plus %s per row", Arrays.toString(shifts.toDoubleVector()))
                .isAllFiniteFor("softmax", shifted, "logit").isCloseTo(ofLogits, SHIFT);
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "cross-entropy",
            hint = "The mean cross-entropy −mean(log p_label) is never negative: probabilities are at most 1.")
    void crossEntropyIsNotNegative(@ForAll("labelled") Labelled batch) {
        double loss = CrossEntropy.loss(batch.logits(), batch.labels());

        assertThat(loss).as("cross-entropy of %s", batch).isFinite().isGreaterThanOrEqualTo(0.0);
    }
}
