package org.dlcourse.backprop;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Mean softmax cross-entropy of a batch of logits and its gradient with respect to the logits. Given to students
 * complete (it is exercise 01's result), so that this exercise does not depend on your solution of 01.
 *
 * <p>With P = softmax(Z) row-wise and one-hot targets Y: L = −(1/N) Σ_n log P[n, y_n] and ∂L/∂Z = (P − Y)/N
 * (lecture 01, "The gradient"). The 1/N of the mean is already in this gradient: do not divide by N again.
 */
public final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {
    }

    /**
     * The mean cross-entropy −(1/N) Σ_n log softmax(z_n)[y_n], by the log-sum-exp trick.
     *
     * @param logits finite logits, shape {@code [N, C]}; not modified
     * @param labels N class indices in {@code [0, C)}
     * @return the mean loss, ≥ 0
     */
    public static double loss(INDArray logits, int[] labels) {
        Inputs.requireMatrix(logits, "logits");
        Inputs.requireLabels(labels, logits.rows(), logits.columns());
        INDArray shifted = logits.subColumnVector(logits.max(true, 1));
        INDArray logSumExp = Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false);
        INDArray logProbabilities = shifted.subiColumnVector(logSumExp);
        double sum = 0.0;
        for (int n = 0; n < labels.length; n++) {
            sum += logProbabilities.getDouble(n, labels[n]);
        }
        return -sum / labels.length;
    }

    /**
     * The gradient of {@link #loss} with respect to the logits, (softmax(Z) − onehot(y)) / N.
     *
     * @param logits finite logits, shape {@code [N, C]}; not modified
     * @param labels N class indices in {@code [0, C)}
     * @return a new {@code [N, C]} array of the logits' data type
     */
    public static INDArray gradient(INDArray logits, int[] labels) {
        Inputs.requireMatrix(logits, "logits");
        Inputs.requireLabels(labels, logits.rows(), logits.columns());
        INDArray exponentials = Transforms.exp(logits.subColumnVector(logits.max(true, 1)), false);
        INDArray gradient = exponentials.diviColumnVector(exponentials.sum(true, 1));
        for (int n = 0; n < labels.length; n++) {
            gradient.putScalar(n, labels[n], gradient.getDouble(n, labels[n]) - 1.0);
        }
        return gradient.divi(labels.length);
    }
}
