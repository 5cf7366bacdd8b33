package org.dlcourse.softmax;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Mean cross-entropy between softmax(logits) and targets, and its gradient with respect to the logits.
 *
 * <p>With P = softmax(Z) row-wise and targets Y (rows are probability vectors; one-hot for integer labels),
 * L = −(1/N) Σ_n Σ_c Y_nc · log P_nc and ∂L/∂Z = (P − Y) / N (lecture 01, "The gradient"; the same
 * convention as PyTorch's {@code CrossEntropyLoss(reduction='mean')}).
 */
public final class CrossEntropy {

    private CrossEntropy() {
    }

    /**
     * Mean cross-entropy for integer class labels: −(1/N) Σ_n log softmax(z_n)[y_n].
     *
     * @param logits finite logits, shape {@code [N, C]}
     * @param labels N class indices in {@code [0, C)}
     * @return the mean loss, ≥ 0
     */
    public static double loss(INDArray logits, int[] labels) {
        Inputs.requireLabels(logits, labels);
        throw new UnsupportedOperationException("TODO: average −log softmax(z_n)[y_n] over the batch, using your numerically stable log-softmax.");
    }

    /**
     * Mean cross-entropy for one-hot or soft targets: −(1/N) Σ_n Σ_c Y_nc · log softmax(z_n)_c.
     *
     * @param logits  finite logits, shape {@code [N, C]}
     * @param targets same shape; each row non-negative and summing to 1
     * @return the mean loss, ≥ 0 (and ≥ the entropy of the targets)
     */
    public static double loss(INDArray logits, INDArray targets) {
        Inputs.requireTargets(logits, targets);
        throw new UnsupportedOperationException("TODO: average −Σ_c Y_nc · log softmax(z_n)_c over the batch.");
    }

    /**
     * Gradient of {@link #loss(INDArray, int[])} with respect to the logits: (softmax(Z) − onehot(y)) / N.
     *
     * @param logits finite logits, shape {@code [N, C]}
     * @param labels N class indices in {@code [0, C)}
     * @return a new {@code [N, C]} array; each row sums to 0
     */
    public static INDArray gradient(INDArray logits, int[] labels) {
        Inputs.requireLabels(logits, labels);
        throw new UnsupportedOperationException("TODO: compute softmax(Z), subtract 1 at each row's label, and divide by the batch size N.");
    }

    /**
     * Gradient of {@link #loss(INDArray, INDArray)} with respect to the logits: (softmax(Z) − Y) / N.
     *
     * @param logits  finite logits, shape {@code [N, C]}
     * @param targets same shape; each row non-negative and summing to 1
     * @return a new {@code [N, C]} array; each row sums to 0
     */
    public static INDArray gradient(INDArray logits, INDArray targets) {
        Inputs.requireTargets(logits, targets);
        throw new UnsupportedOperationException("TODO: compute (softmax(Z) − Y) / N.");
    }

    /**
     * One-hot encoding of class labels, a convenience for tests and demos.
     *
     * @param labels  class indices in {@code [0, classes)}
     * @param classes number of classes C ≥ 1
     * @return a {@code [labels.length, classes]} DOUBLE array with a single 1 per row
     */
    public static INDArray oneHot(int[] labels, int classes) {
        Inputs.requireLabelRange(labels, classes);
        INDArray encoded = Nd4j.zeros(DataType.DOUBLE, labels.length, classes);
        for (int n = 0; n < labels.length; n++) {
            encoded.putScalar(n, labels[n], 1.0);
        }
        return encoded;
    }
}
