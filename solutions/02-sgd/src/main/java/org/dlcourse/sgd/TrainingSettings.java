package org.dlcourse.sgd;

/**
 * How long and in which batches {@link MiniBatchTrainer} trains.
 *
 * @param epochs    the number of passes over the training set, ≥ 1
 * @param batchSize B ≥ 1, the samples per mini-batch; B ≥ n makes every epoch one full-batch gradient step
 * @param seed      the seed of the one generator that draws every epoch's order
 */
public record TrainingSettings(int epochs, int batchSize, long seed) {

    /** Requires at least one epoch and a batch size of at least one. */
    public TrainingSettings {
        if (epochs < 1) {
            throw new IllegalArgumentException("train for at least one epoch, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, got " + batchSize);
        }
    }
}
