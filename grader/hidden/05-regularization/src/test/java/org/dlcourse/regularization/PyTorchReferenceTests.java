package org.dlcourse.regularization;

import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.reference.ReferenceValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Agreement with {@code torch.nn.BatchNorm1d(4, eps=1e-5, momentum=0.1)} in float64 (PyTorch 2.11, the course's
 * shared reference {@code pytorch-reference.json}, copied with its provenance into {@code pytorch-batchnorm.json}):
 * one training pass on an 8×4 batch, its backward pass, the running estimates after it, and evaluation mode. A
 * sample, not the whole truth: {@link BatchNormProperties} checks the laws on generated batches.
 */
class PyTorchReferenceTests {

    /**
     * Float64 on values of order 1 over 8 rows: PyTorch and a correct ND4J layer differ in summation order only,
     * ≲ 1e-15; 1e-12 is margin. The unbiased variance in place of the biased one changes outputs by ~7%.
     */
    private static final Tolerance PYTORCH = Tolerance.of(1e-12, 1e-12);

    private final ReferenceValues reference =
            ReferenceValues.load(PyTorchReferenceTests.class, "pytorch-batchnorm.json");
    private BatchNorm1d layer;
    private INDArray x;

    @BeforeEach
    void trainOnePass() {
        layer = new BatchNorm1d(4, reference.scalar("/batchnorm/eps"), reference.scalar("/batchnorm/momentum"));
        layer.gamma().assign(row("/batchnorm/gamma"));
        layer.beta().assign(row("/batchnorm/beta"));
        x = reference.matrix("/batchnorm/x");
    }

    @Test
    @Graded(points = 2, task = "batch-norm",
            hint = "The training-mode output differs from torch.nn.BatchNorm1d: y = gamma*(x - batch_mean)/sqrt(biased batch variance + eps) + beta.")
    void trainingOutputMatchesPyTorch() {
        assertThat(layer.forward(x, Mode.TRAIN)).isCloseTo(reference.matrix("/batchnorm/y_train"), PYTORCH);
    }

    @Test
    @Graded(points = 2, task = "batch-norm",
            hint = "The gradients differ from PyTorch's BatchNorm1d backward: compare dx, dgamma and dbeta with the formulas of lecture 05, section 3.")
    void gradientsMatchPyTorch() {
        layer.forward(x, Mode.TRAIN);
        BatchNormGradients gradients = layer.backward(reference.matrix("/batchnorm/upstream"));

        assertThat(gradients.dBeta()).as("dβ").isCloseTo(row("/batchnorm/dbeta"), PYTORCH);
        assertThat(gradients.dGamma()).as("dγ").isCloseTo(row("/batchnorm/dgamma"), PYTORCH);
        assertThat(gradients.dx()).as("dx").isCloseTo(reference.matrix("/batchnorm/dx"), PYTORCH);
    }

    @Test
    @Graded(points = 2, task = "batch-norm",
            hint = "The running estimates after one training pass differ from PyTorch's: running = 0.9*running + 0.1*batch statistic, from mean 0 and variance 1, with the unbiased batch variance.")
    void runningEstimatesMatchPyTorch() {
        layer.forward(x, Mode.TRAIN);

        assertThat(layer.runningMean()).as("running mean").isCloseTo(row("/batchnorm/running_mean"), PYTORCH);
        assertThat(layer.runningVar()).as("running variance").isCloseTo(row("/batchnorm/running_var"), PYTORCH);
    }

    @Test
    @Graded(points = 2, task = "batch-norm",
            hint = "The evaluation-mode output after one training pass differs from PyTorch's: in eval mode use the running mean and variance.")
    void evaluationOutputMatchesPyTorch() {
        layer.forward(x, Mode.TRAIN);

        assertThat(layer.forward(x, Mode.EVAL)).isCloseTo(reference.matrix("/batchnorm/y_eval"), PYTORCH);
    }

    private INDArray row(String pointer) {
        return reference.vector(pointer).reshape(1, -1);
    }
}
