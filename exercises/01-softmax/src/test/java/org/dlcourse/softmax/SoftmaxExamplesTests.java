package org.dlcourse.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dlcourse.kit.assertions.TensorAssertions;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Public examples for exercise 01: small batches whose answers you can check by hand. Passing them does not
 * mean the hidden tests pass: those check the laws (rows sum to 1, shift invariance, extreme logits, the
 * gradient against central differences) on many generated batches.
 */
class SoftmaxExamplesTests {

    /** Double precision, a few operations: agreement to ~1e-15 expected, 1e-12 leaves room for summation order. */
    private static final Tolerance EXAMPLE = Tolerance.of(1e-12, 1e-12);

    private static INDArray matrix(double[][] rows) {
        return Nd4j.create(rows);
    }

    @Test
    @Graded(points = 1, task = "softmax", hint = "softmax of [1, 2, 3] is exp(z) / sum(exp(z)) per row")
    void softmaxOfOneRow() {
        double total = Math.exp(1) + Math.exp(2) + Math.exp(3);
        INDArray expected = matrix(new double[][] {{Math.exp(1) / total, Math.exp(2) / total, Math.exp(3) / total}});

        INDArray actual = Softmax.softmax(matrix(new double[][] {{1, 2, 3}}));

        TensorAssertions.assertThat(actual).hasShape(1, 3).isCloseTo(expected, EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "softmax", hint = "equal logits give equal probabilities, 1/C each, in every row")
    void softmaxOfEqualLogitsIsUniform() {
        INDArray actual = Softmax.softmax(matrix(new double[][] {{0, 0}, {7, 7}, {-3, -3}}));

        TensorAssertions.assertThat(actual).hasShape(3, 2)
                .isCloseTo(matrix(new double[][] {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}}), EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "log-softmax", hint = "log-softmax(z) = z − log(sum(exp(z))) per row")
    void logSoftmaxOfOneRow() {
        double logTotal = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
        INDArray expected = matrix(new double[][] {{1 - logTotal, 2 - logTotal, 3 - logTotal}});

        INDArray actual = Softmax.logSoftmax(matrix(new double[][] {{1, 2, 3}}));

        TensorAssertions.assertThat(actual).hasShape(1, 3).isCloseTo(expected, EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "cross-entropy", hint = "with C equal logits every class has probability 1/C, so the loss is ln C")
    void crossEntropyAtEqualLogitsIsLogOfClassCount() {
        double loss = CrossEntropy.loss(Nd4j.zeros(DataType.DOUBLE, 4, 3), new int[] {0, 1, 2, 1});

        assertThat(loss).isCloseTo(Math.log(3), within(1e-12));
    }

    @Test
    @Graded(points = 1, task = "gradient", hint = "the gradient of the mean loss is (softmax(Z) − onehot(y)) / N")
    void gradientOfTwoExamples() {
        INDArray gradient = CrossEntropy.gradient(Nd4j.zeros(DataType.DOUBLE, 2, 2), new int[] {0, 1});

        TensorAssertions.assertThat(gradient).hasShape(2, 2)
                .isCloseTo(matrix(new double[][] {{-0.25, 0.25}, {0.25, -0.25}}), EXAMPLE);
    }
}
