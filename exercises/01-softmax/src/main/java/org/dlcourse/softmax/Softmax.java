package org.dlcourse.softmax;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Softmax and log-softmax over the class axis of a batch of logits.
 *
 * <p>For a row z of logits, softmax(z)_c = exp(z_c − m) / Σ_k exp(z_k − m) with m = max_k z_k, and
 * log-softmax(z)_c = (z_c − m) − log Σ_k exp(z_k − m). Subtracting m changes nothing mathematically
 * (softmax is invariant to adding a constant to a row) but keeps every exponent ≤ 0, so nothing
 * overflows and at least one term of the sum is exactly 1 (Goodfellow, Bengio, Courville,
 * <i>Deep Learning</i>, §4.1; lecture 01, "The log-sum-exp trick").
 */
public final class Softmax {

    private Softmax() {
    }

    /**
     * Row-wise softmax of a {@code [N, C]} batch of logits.
     *
     * @param logits finite logits, shape {@code [N, C]}, floating point; not modified
     * @return a new array of the same shape whose rows are probability vectors (non-negative, sum 1)
     * @throws IllegalArgumentException if {@code logits} is not a finite floating-point matrix
     */
    public static INDArray softmax(INDArray logits) {
        Inputs.requireLogits(logits);
        throw new UnsupportedOperationException("TODO: subtract each row's maximum, exponentiate, and divide each row by its sum (class axis = 1).");
    }

    /**
     * Row-wise log-softmax of a {@code [N, C]} batch of logits, computed without taking the log of a
     * softmax (which underflows to log 0 = −∞ for very negative logits).
     *
     * @param logits finite logits, shape {@code [N, C]}, floating point; not modified
     * @return a new array of the same shape with log-probabilities (≤ 0, finite for finite logits)
     * @throws IllegalArgumentException if {@code logits} is not a finite floating-point matrix
     */
    public static INDArray logSoftmax(INDArray logits) {
        Inputs.requireLogits(logits);
        throw new UnsupportedOperationException("TODO: use the log-sum-exp trick: (z − m) − log Σ exp(z − m) per row, with m the row maximum.");
    }
}
