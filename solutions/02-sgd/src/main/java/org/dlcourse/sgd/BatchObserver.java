package org.dlcourse.sgd;

/**
 * Watches training batch by batch, e.g. to record which samples each epoch used or to draw a per-step loss curve.
 */
@FunctionalInterface
public interface BatchObserver {

    /** Observes nothing. */
    BatchObserver NONE = (epoch, indices) -> { };

    /**
     * Called after the optimizer step of every mini-batch, in training order.
     *
     * @param epoch   the epoch, 1 for the first
     * @param indices the positions in the training set of the batch's samples, in batch order; a fresh array the
     *                observer may keep
     */
    void afterStep(int epoch, int[] indices);
}
