package org.dlcourse.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Laws of log-softmax: it is log(softmax) where that is finite, and stays finite where log(softmax) is not. */
class LogSoftmaxProperties {

    /** Log-probabilities of magnitude up to ~2000 carry absolute rounding ~2000·2⁻⁵³ ≈ 2e-13. */
    private static final Tolerance ORACLE = Tolerance.of(1e-11, 1e-12);

    /** log of a probability ≥ 1e-200 computed two ways: relative rounding of a few ulps. */
    private static final Tolerance LOG_OF_SOFTMAX = Tolerance.of(1e-12, 1e-12);

    Gen<INDArray> moderateLogits() {
        return Batches.logits(20);
    }

    Gen<INDArray> extremeLogits() {
        return Batches.logits(1000);
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "log-softmax",
            hint = "Where softmax does not underflow, log-softmax must equal log(softmax): z − max − log(sum(exp(z − max))) per row.")
    void equalsLogOfSoftmaxWhereFinite(@ForAll("moderateLogits") INDArray logits) {
        INDArray p = Softmax.softmax(logits);
        INDArray logP = Softmax.logSoftmax(logits);

        assertThat(p).isAllFiniteFor("softmax", logits, "logit");
        assertThat(logP).isAllFiniteFor("logSoftmax", logits, "logit").isCloseTo(Transforms.log(p, true), LOG_OF_SOFTMAX);
    }

    @Property(tries = 200)
    @Graded(points = 3, task = "log-softmax",
            hint = "log(softmax) underflows to log(0) = -infinity for very negative logits: use the log-sum-exp trick instead of taking the log of a softmax.")
    void finiteAndExactForExtremeLogits(@ForAll("extremeLogits") INDArray logits) {
        INDArray expected = SoftmaxOracle.toNd(SoftmaxOracle.logSoftmax(logits.toDoubleMatrix()));

        INDArray actual = Softmax.logSoftmax(logits);

        assertThat(actual).hasShape(logits.shape()).isAllFiniteFor("logSoftmax", logits, "logit").isCloseTo(expected, ORACLE);
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "log-softmax",
            hint = "Log-probabilities are never positive, and exp(log-softmax) must sum to 1 over each row.")
    void exponentiatesToProbabilityVectors(@ForAll("extremeLogits") INDArray logits) {
        INDArray logP = Softmax.logSoftmax(logits);

        assertThat(logP.maxNumber().doubleValue()).as("largest log-probability").isLessThanOrEqualTo(0.0);
        assertThat(Transforms.exp(logP, true).sum(1)).as("row sums of exp(log-softmax)")
                .isCloseTo(Nd4j.ones(logits.rows()), Tolerance.absolute(1e-12));
    }
}
