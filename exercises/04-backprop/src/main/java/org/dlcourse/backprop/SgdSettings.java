package org.dlcourse.backprop;

/**
 * The settings of mini-batch stochastic gradient descent.
 *
 * @param learningRate η &gt; 0, the step size
 * @param batchSize    B ≥ 1, the number of examples per step (the last batch of an epoch may be smaller)
 * @param epochs       the number of passes over the training set, ≥ 1
 * @param l2           λ ≥ 0, the L2 strength of {@link TwoLayerNetwork#loss}
 */
public record SgdSettings(double learningRate, int batchSize, int epochs, double l2) {

    /** Rejects settings that cannot train. */
    public SgdSettings {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be finite and positive, got " + learningRate);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("train for at least one epoch, got " + epochs);
        }
        Inputs.requireNonNegative(l2, "the L2 strength");
    }
}
