package org.dlcourse.regularization;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The L2 penalty and the two ways of applying it in a gradient step: adding its gradient to the loss's gradient
 * (L2-regularized SGD, PyTorch's {@code SGD(weight_decay=λ)}), or shrinking the weights before the plain step
 * (decoupled weight decay; Loshchilov and Hutter, "Decoupled weight decay regularization", ICLR 2019, §2).
 *
 * <p>Convention (lecture 05, §1): the penalty is R(w) = (λ/2)·‖w‖², so ∇R(w) = λ·w. With it, one SGD step on
 * L + R is w − η·(∇L + λ·w) = (1 − η·λ)·w − η·∇L, the decoupled step: for plain SGD the two are the same update
 * (they differ once momentum or Adam rescales the gradient, which this exercise does not use).
 */
public final class WeightDecay {

    private WeightDecay() {
    }

    /**
     * R = (λ/2)·Σ‖w‖², summed over every element of every tensor.
     *
     * @param weights the penalized tensors (biases are usually left out), at least one
     * @param lambda  λ ≥ 0
     */
    public static double l2Penalty(List<INDArray> weights, double lambda) {
        Checks.requireNonNegativeFinite("lambda", lambda);
        if (weights == null || weights.isEmpty()) {
            throw new IllegalArgumentException("weights must be a non-empty list");
        }
        for (int i = 0; i < weights.size(); i++) {
            Checks.requireMatrix("weights[" + i + "]", weights.get(i));
        }
        throw new UnsupportedOperationException("TODO: return (lambda / 2) times the sum of the squares of all elements of all tensors.");
    }

    /**
     * ∇R = λ·w, the gradient of (λ/2)·‖w‖², as a new array.
     *
     * @param weights w
     * @param lambda  λ ≥ 0
     */
    public static INDArray l2Gradient(INDArray weights, double lambda) {
        Checks.requireMatrix("weights", weights);
        Checks.requireNonNegativeFinite("lambda", lambda);
        throw new UnsupportedOperationException("TODO: return a new array lambda * weights (the gradient of (lambda/2)·‖w‖²).");
    }

    /**
     * One SGD step on L + (λ/2)·‖w‖², in place: w ← w − η·(g + λ·w), with g = ∇L at w; g is not modified.
     *
     * @param weights  w, updated in place
     * @param gradient g = ∇L(w), same shape
     * @param lr       η ≥ 0
     * @param lambda   λ ≥ 0
     */
    public static void sgdStepWithL2Penalty(INDArray weights, INDArray gradient, double lr, double lambda) {
        checkStep(weights, gradient, lr, lambda);
        throw new UnsupportedOperationException("TODO: w ← w − lr·(g + lambda·w), in place; do not modify the gradient.");
    }

    /**
     * One step of decoupled weight decay, in place: w ← (1 − η·λ)·w − η·g; g is not modified.
     *
     * @param weights  w, updated in place
     * @param gradient g = ∇L(w), same shape
     * @param lr       η ≥ 0
     * @param lambda   λ ≥ 0
     */
    public static void decoupledStep(INDArray weights, INDArray gradient, double lr, double lambda) {
        checkStep(weights, gradient, lr, lambda);
        throw new UnsupportedOperationException("TODO: w ← (1 − lr·lambda)·w − lr·g, in place; do not modify the gradient.");
    }

    private static void checkStep(INDArray weights, INDArray gradient, double lr, double lambda) {
        Checks.requireMatrix("weights", weights);
        Checks.requireSameShape("gradient", gradient, weights);
        Checks.requireNonNegativeFinite("the learning rate", lr);
        Checks.requireNonNegativeFinite("lambda", lambda);
    }
}
