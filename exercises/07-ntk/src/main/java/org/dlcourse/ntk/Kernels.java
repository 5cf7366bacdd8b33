package org.dlcourse.ntk;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The NNGP kernel Σ and the NTK Θ of a network's output between two sets of inputs, both of shape [N1, N2].
 *
 * @param nngp Σ(x_i, x′_j) = E[f(x_i)·f(x′_j)] at initialization
 * @param ntk  Θ(x_i, x′_j) = ∇_θ f(x_i)·∇_θ f(x′_j)
 */
public record Kernels(INDArray nngp, INDArray ntk) {
}
