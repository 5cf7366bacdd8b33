package org.dlcourse.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.reference.ReferenceValues;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Agreement with PyTorch 2.11 in float64 on one batch that includes a row with logits ±1000 and a row near
 * −10⁴ (values in {@code pytorch-reference.json}, provenance inside). A sample, not the whole truth: the
 * properties check the same laws on generated batches.
 */
class PyTorchReferenceTests {

    /**
     * PyTorch and a correct ND4J implementation evaluate the same stable formulas in double; differences are
     * a few ulps of values up to ~2000 in magnitude (log-softmax of the ±1000 row): ≤ ~1e-12 absolute.
     */
    private static final Tolerance PYTORCH = Tolerance.of(1e-12, 1e-12);

    private final ReferenceValues reference = ReferenceValues.load(PyTorchReferenceTests.class, "pytorch-reference.json");
    private final INDArray logits = reference.matrix("/softmax/logits");
    private final int[] labels = reference.ints("/softmax/labels");

    @Test
    @Graded(points = 2, task = "softmax",
            hint = "Your softmax differs from PyTorch's on a batch with logits of ±1000 and around -10000: subtract each row's maximum.")
    void softmaxMatchesPyTorch() {
        assertThat(Softmax.softmax(logits)).isAllFiniteFor("softmax", logits, "logit").isCloseTo(reference.matrix("/softmax/softmax"), PYTORCH);
    }

    @Test
    @Graded(points = 2, task = "log-softmax",
            hint = "Your log-softmax differs from PyTorch's on a batch with logits of ±1000: use log-sum-exp, never log(softmax).")
    void logSoftmaxMatchesPyTorch() {
        assertThat(Softmax.logSoftmax(logits)).isAllFiniteFor("logSoftmax", logits, "logit").isCloseTo(reference.matrix("/softmax/log_softmax"), PYTORCH);
    }

    @Test
    @Graded(points = 2, task = "cross-entropy",
            hint = "Your mean cross-entropy differs from PyTorch's cross_entropy(reduction='mean'): average -log p of each row's label.")
    void crossEntropyMatchesPyTorch() {
        assertThat(CrossEntropy.loss(logits, labels)).isCloseTo(reference.scalar("/softmax/cross_entropy_mean"), within(1e-12));
    }

    @Test
    @Graded(points = 2, task = "cross-entropy",
            hint = "Label smoothing 0.1 is the soft target (1 - 0.1)·onehot + 0.1/C: your soft-target loss differs from PyTorch's.")
    void softTargetsMatchPyTorchLabelSmoothing() {
        double epsilon = 0.1;
        INDArray targets = CrossEntropy.oneHot(labels, logits.columns()).muli(1 - epsilon).addi(epsilon / logits.columns());

        assertThat(CrossEntropy.loss(logits, targets))
                .isCloseTo(reference.scalar("/softmax/cross_entropy_mean_label_smoothing_0.1"), within(1e-10));
    }

    @Test
    @Graded(points = 2, task = "gradient",
            hint = "Your gradient differs from PyTorch's autograd of the mean cross-entropy: (softmax(Z) - onehot(y)) / N.")
    void gradientMatchesPyTorch() {
        INDArray gradient = CrossEntropy.gradient(logits, labels);

        assertThat(gradient).isAllFiniteFor("CrossEntropy.gradient", logits, "logit").isCloseTo(reference.matrix("/softmax/grad_logits"), PYTORCH);
        assertThat(gradient.sum(1)).isCloseTo(Nd4j.zeros(logits.rows()), Tolerance.absolute(1e-15));
    }
}
