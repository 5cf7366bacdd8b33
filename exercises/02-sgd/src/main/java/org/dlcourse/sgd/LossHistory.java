package org.dlcourse.sgd;

import java.util.Arrays;

/**
 * The training and validation losses of a training run: entry 0 before the first step, entry e after epoch e,
 * each the mean loss over the whole training or validation set. The arrays are copied in and out.
 *
 * <p>A diverged run may hold NaN or +∞; negative losses and −∞ are rejected, since a cross-entropy is never
 * negative.
 *
 * @param train      the training losses, at least one
 * @param validation the validation losses, as many as {@code train}
 */
public record LossHistory(double[] train, double[] validation) {

    /** Checks the lengths and that no loss is negative; copies both arrays. */
    public LossHistory {
        if (train == null || validation == null) {
            throw new IllegalArgumentException("both loss curves are needed");
        }
        if (train.length == 0 || train.length != validation.length) {
            throw new IllegalArgumentException("need two non-empty curves of one length, got " + train.length
                    + " training and " + validation.length + " validation losses");
        }
        train = train.clone();
        validation = validation.clone();
        requireNotNegative("training", train);
        requireNotNegative("validation", validation);
    }

    /** The number of entries, epochs + 1 for a run of {@link MiniBatchTrainer}. */
    public int length() {
        return train.length;
    }

    /** A copy of the training losses. */
    @Override
    public double[] train() {
        return train.clone();
    }

    /** A copy of the validation losses. */
    @Override
    public double[] validation() {
        return validation.clone();
    }

    /** Equal when both curves are equal entry by entry (NaN equals NaN). */
    @Override
    public boolean equals(Object other) {
        return other instanceof LossHistory that && Arrays.equals(train, that.train)
                && Arrays.equals(validation, that.validation);
    }

    /** Hashes both curves' values. */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(validation);
    }

    /** Both curves, value by value. */
    @Override
    public String toString() {
        return "LossHistory[train=" + Arrays.toString(train) + ", validation=" + Arrays.toString(validation) + "]";
    }

    private static void requireNotNegative(String name, double[] losses) {
        for (int i = 0; i < losses.length; i++) {
            if (losses[i] < 0.0) {
                throw new IllegalArgumentException("the " + name + " loss at entry " + i + " is negative: "
                        + losses[i]);
            }
        }
    }
}
