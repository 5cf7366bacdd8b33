package org.dlcourse.backprop;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected (affine) layer, Y = X·Wᵀ + b, and its backward pass.
 *
 * <p>Y[n, o] = Σ_i X[n, i]·W[o, i] + b[o]. Given the upstream gradient G = ∂L/∂Y of a scalar loss L, the chain rule
 * gives ∂L/∂X = G·W, ∂L/∂W = Gᵀ·X and ∂L/∂b = Σ_n G[n, ·] (a sum over the batch axis 0): each gradient has the shape
 * of the argument it belongs to (CS231n, "Derivatives, Backpropagation, and Vectorization"; lecture 04, §2).
 */
public final class Affine {

    private Affine() {
    }

    /**
     * The forward pass Y = X·Wᵀ + b.
     *
     * @param input   X, shape {@code [N, in]}; not modified
     * @param weights W, shape {@code [out, in]}; not modified
     * @param bias    b, a vector of length {@code out}; not modified
     * @return a new {@code [N, out]} array
     */
    public static INDArray forward(INDArray input, INDArray weights, INDArray bias) {
        requireLayer(input, weights, bias);
        // BEGIN SOLUTION: multiply the input by the transposed weights and add the bias to every row.
        // One BLAS call that reads W transposed in place (weights.transpose() would be copied first; lecture 04, §9).
        return Nd4j.gemm(input, weights, false, true).addiRowVector(bias);
        // END SOLUTION
    }

    /**
     * The backward pass: the gradients of L with respect to X, W and b, given G = ∂L/∂Y.
     *
     * @param upstream G = ∂L/∂Y, shape {@code [N, out]}; not modified
     * @param input    the X of the forward pass, shape {@code [N, in]}; not modified
     * @param weights  the W of the forward pass, shape {@code [out, in]}; not modified
     * @return new arrays ∂L/∂X = G·W {@code [N, in]}, ∂L/∂W = Gᵀ·X {@code [out, in]}, ∂L/∂b = Σ_n G[n, ·] {@code [out]}
     */
    public static AffineGradient backward(INDArray upstream, INDArray input, INDArray weights) {
        Inputs.requireMatrix(input, "input");
        Inputs.requireMatrix(weights, "weights");
        Inputs.requireShape(upstream, "upstream gradient", input.rows(), weights.rows());
        Inputs.requireSameType(upstream, input, "the upstream gradient", "the input");
        // BEGIN SOLUTION: apply the chain rule: G·W for the input, Gᵀ·X for the weights, the column sums of G for the bias.
        return new AffineGradient(Nd4j.gemm(upstream, weights, false, false), Nd4j.gemm(upstream, input, true, false),
                upstream.sum(0));
        // END SOLUTION
    }

    private static void requireLayer(INDArray input, INDArray weights, INDArray bias) {
        Inputs.requireMatrix(input, "input");
        Inputs.requireMatrix(weights, "weights");
        if (input.columns() != weights.columns()) {
            throw new IllegalArgumentException("weights must have shape [out, in] with in = " + input.columns()
                    + " (the input's columns), got " + weights.columns() + " columns");
        }
        Inputs.requireVector(bias, weights.rows(), "bias");
        Inputs.requireSameType(weights, input, "weights", "the input");
        Inputs.requireSameType(bias, input, "bias", "the input");
    }
}
