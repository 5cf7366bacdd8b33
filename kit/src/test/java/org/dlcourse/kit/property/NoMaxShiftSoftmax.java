package org.dlcourse.kit.property;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The course's most common bug, for the reproduction tests: softmax without subtracting the row maximum, so
 * {@code exp} overflows to infinity above 709.78 and underflows to 0 below −745, and a row of zeros divides 0 by 0.
 * Public because a pasted snippet, compiled apart, calls it.
 */
public final class NoMaxShiftSoftmax {

    private NoMaxShiftSoftmax() {
    }

    /** {@code exp(z) / sum_k exp(z_k)} per row, unshifted. */
    public static INDArray softmax(INDArray logits) {
        INDArray e = Transforms.exp(logits, true);
        return e.divColumnVector(e.sum(1).reshape(logits.rows(), 1));
    }
}
