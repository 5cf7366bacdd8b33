package org.dlcourse.regularization;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gradients of a batch-normalization layer's backward pass.
 *
 * @param dx     ∂L/∂x, n×d like the input
 * @param dGamma ∂L/∂γ, 1×d
 * @param dBeta  ∂L/∂β, 1×d
 */
public record BatchNormGradients(INDArray dx, INDArray dGamma, INDArray dBeta) {

    /** Requires all three gradients. */
    public BatchNormGradients {
        Checks.requireNonNull("dx", dx);
        Checks.requireNonNull("dGamma", dGamma);
        Checks.requireNonNull("dBeta", dBeta);
    }
}
