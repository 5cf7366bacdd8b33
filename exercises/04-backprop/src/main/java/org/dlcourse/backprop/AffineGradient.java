package org.dlcourse.backprop;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gradients of a scalar loss with respect to the three arguments of an affine layer Y = X·Wᵀ + b.
 *
 * @param input   ∂L/∂X, shape {@code [N, in]} like X
 * @param weights ∂L/∂W, shape {@code [out, in]} like W
 * @param bias    ∂L/∂b, a vector of length {@code out} like b
 */
public record AffineGradient(INDArray input, INDArray weights, INDArray bias) {
}
