package org.dlcourse.kit.data;

import java.util.Objects;

/**
 * A training set divided into the samples to fit ({@code train}) and the held-out samples that choose
 * hyperparameters and stop training ({@code validation}); made by {@link Split#validationSplit(int, long)}.
 *
 * @param train      the training samples not held out, in their original order
 * @param validation the held-out training samples, in their original order
 */
public record ValidationSplit(Dataset train, Dataset validation) {

    /** Requires both parts. */
    public ValidationSplit {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
    }
}
