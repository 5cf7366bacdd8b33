package org.dlcourse.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Laws of softmax that hold for every batch of logits, checked on generated batches (edge cases first). */
class SoftmaxProperties {

    /** A sum of ≤ 10 double terms in [0, 1]: rounding ≤ 10·2⁻⁵³ ≈ 1e-15; 1e-12 is a wide margin, no more. */
    private static final double ROW_SUM = 1e-12;

    /**
     * Adding c (|c| ≤ 1000) to logits of magnitude ≤ 1000 perturbs each by ≤ 2000·2⁻⁵³ ≈ 2.2e-13, and softmax's
     * output moves by at most twice that relative to itself; 1e-10 leaves three orders of margin.
     */
    private static final Tolerance SHIFT = Tolerance.of(1e-10, 1e-10);

    /** Against the double-loop oracle: both evaluate exp/log of the same shifted logits, ~1e-15 apart. */
    private static final Tolerance ORACLE = Tolerance.of(1e-13, 1e-12);

    Gen<INDArray> moderateLogits() {
        return Batches.logits(50);
    }

    Gen<INDArray> extremeLogits() {
        return Batches.logits(1000);
    }

    Gen<Batches.Shifted> shiftedByAConstant() {
        return Batches.shiftedByAConstant(moderateLogits(), Gens.doubles(-1000, 1000));
    }

    Gen<Batches.Shifted> shiftedPerRow() {
        return Batches.shiftedPerRow(moderateLogits(), 1000);
    }

    @Property(tries = 200)
    @Graded(points = 3, task = "softmax",
            hint = "Each row must be a probability vector: normalize over the class axis (axis 1), dividing every row by its own sum.")
    void rowsAreProbabilityVectors(@ForAll("moderateLogits") INDArray logits) {
        INDArray p = Softmax.softmax(logits);

        assertThat(p).hasShape(logits.shape()).isAllFiniteFor("softmax", logits, "logit");
        assertThat(p.minNumber().doubleValue()).as("smallest probability").isGreaterThanOrEqualTo(0.0);
        assertThat(p.sum(1)).as("row sums").isCloseTo(Nd4j.ones(logits.rows()), Tolerance.absolute(ROW_SUM));
    }

    @Property(tries = 200)
    @Graded(points = 3, task = "softmax",
            hint = "exp(1000) overflows to infinity and exp(-1000) underflows to 0: subtract the row maximum before exponentiating.")
    void finiteForExtremeLogits(@ForAll("extremeLogits") INDArray logits) {
        INDArray p = Softmax.softmax(logits);

        assertThat(p).hasShape(logits.shape()).isAllFiniteFor("softmax", logits, "logit");
        assertThat(p.sum(1)).as("row sums").isCloseTo(Nd4j.ones(logits.rows()), Tolerance.absolute(ROW_SUM));
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "softmax",
            hint = "softmax(z + c) must equal softmax(z) for any constant c, even c = ±1000: subtract the row maximum before exponentiating.")
    void invariantToAddingAConstant(@ForAll("shiftedByAConstant") Batches.Shifted batch) {
        assertShiftInvariant(batch);
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "softmax",
            hint = "Rows are independent examples: subtract each row's own maximum, not the maximum of the whole batch.")
    void invariantToADifferentConstantPerRow(@ForAll("shiftedPerRow") Batches.Shifted batch) {
        assertShiftInvariant(batch);
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "softmax",
            hint = "Compare with the definition exp(z_c) / sum_k exp(z_k) per row: check the axis and the normalization.")
    void agreesWithTheDefinition(@ForAll("moderateLogits") INDArray logits) {
        INDArray expected = SoftmaxOracle.toNd(SoftmaxOracle.softmax(logits.toDoubleMatrix()));

        assertThat(Softmax.softmax(logits)).isCloseTo(expected, ORACLE);
    }

    @Property(tries = 50)
    @Graded(points = 1, task = "softmax",
            hint = "softmax must return a new array and leave its input unchanged.")
    void leavesTheLogitsUnchanged(@ForAll("moderateLogits") INDArray logits) {
        INDArray before = logits.dup();

        Softmax.softmax(logits);

        assertThat(logits).isCloseTo(before, Tolerance.absolute(0.0));
    }

    // Both softmaxes are the student's: each is checked to be finite for its own input before they are compared.
    private static void assertShiftInvariant(Batches.Shifted batch) {
        INDArray ofShifted = Softmax.softmax(batch.shiftedLogits());
        INDArray ofLogits = Softmax.softmax(batch.logits());

        assertThat(ofShifted).isAllFiniteFor("softmax", batch.shiftedLogits(), "logit");
        assertThat(ofLogits).isAllFiniteFor("softmax", batch.logits(), "logit");
        assertThat(ofShifted).isCloseTo(ofLogits, SHIFT);
    }
}
