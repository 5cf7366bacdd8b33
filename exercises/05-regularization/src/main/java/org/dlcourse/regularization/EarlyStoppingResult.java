package org.dlcourse.regularization;

import java.util.List;

/**
 * What a run of {@link EarlyStopping} did.
 *
 * @param bestEpoch          the epoch (1-based) with the lowest validation loss, whose weights were restored; 0 if
 *                           no epoch improved on +∞ (the initial weights were restored)
 * @param bestValidationLoss the validation loss of {@code bestEpoch}, +∞ if it is 0
 * @param validationLosses   the validation loss after each epoch run, in order; its size is the number of epochs run
 */
public record EarlyStoppingResult(int bestEpoch, double bestValidationLoss, List<Double> validationLosses) {

    /** Copies the losses. */
    public EarlyStoppingResult {
        validationLosses = List.copyOf(Checks.requireNonNull("validationLosses", validationLosses));
    }

    /** The number of epochs run before stopping. */
    public int epochsRun() {
        return validationLosses.size();
    }
}
