package org.dlcourse.regularization;

/**
 * One fold of a K-fold split: the samples to train on and the held-out samples to validate on.
 *
 * @param train      the indices of the training samples
 * @param validation the indices of the validation samples
 */
public record Fold(int[] train, int[] validation) {

    /** Requires both index arrays. */
    public Fold {
        Checks.requireNonNull("train", train);
        Checks.requireNonNull("validation", validation);
    }
}
