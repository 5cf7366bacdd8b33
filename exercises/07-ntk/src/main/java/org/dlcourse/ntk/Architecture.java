package org.dlcourse.ntk;

/**
 * A fully connected architecture without its width: {@code depth} hidden layers
 * z = (σ_w/√n_in)·W·h + σ_b·b followed by {@code activation}, then a scalar readout layer with the same σ_w and σ_b
 * and no activation; neural-tangents' {@code stax.serial([Dense(n, W_std, b_std), Relu()] * depth + [Dense(1,
 * W_std, b_std)])}.
 *
 * @param depth      the number of hidden layers, at least 1
 * @param sigmaW     the weight scale σ_w &gt; 0
 * @param sigmaB     the bias scale σ_b ≥ 0
 * @param activation the activation of every hidden layer
 */
public record Architecture(int depth, double sigmaW, double sigmaB, Activation activation) {

    public Architecture {
        if (depth < 1) {
            throw new IllegalArgumentException("the depth must be at least 1, but was " + depth);
        }
        if (!(sigmaW > 0.0) || !Double.isFinite(sigmaW)) {
            throw new IllegalArgumentException("σ_w must be positive and finite, but was " + sigmaW);
        }
        if (!(sigmaB >= 0.0) || !Double.isFinite(sigmaB)) {
            throw new IllegalArgumentException("σ_b must be non-negative and finite, but was " + sigmaB);
        }
        if (activation == null) {
            throw new IllegalArgumentException("the activation must not be null");
        }
    }
}
