package org.dlcourse.kit.data;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A data set's standard division into training and test samples, kept strict: nothing here moves a sample from
 * one side to the other, and validation samples are carved from the training side only, so the test set is
 * untouched until the final evaluation (Goodfellow, Bengio, Courville, "Deep Learning", section 5.3).
 *
 * @param train the training samples (60,000 for Fashion-MNIST)
 * @param test  the test samples (10,000 for Fashion-MNIST)
 */
public record Split(Dataset train, Dataset test) {

    /** Requires both sides to have the same classes and the same number of features. */
    public Split {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (!train.classNames().equals(test.classNames())) {
            throw new IllegalArgumentException("train classes " + train.classNames() + " differ from test classes "
                    + test.classNames());
        }
        if (train.features() != test.features()) {
            throw new IllegalArgumentException("train has " + train.features() + " features, test " + test.features());
        }
    }

    /**
     * Holds out {@code size} training samples, chosen uniformly at random with {@code seed}; the test set takes no
     * part. The two parts are disjoint, together they are the training set, both keep the original order, and
     * the same seed always gives the same parts.
     *
     * @throws IllegalArgumentException unless 1 ≤ size ≤ n − 1 for the n training samples
     */
    public ValidationSplit validationSplit(int size, long seed) {
        int n = train.size();
        if (size < 1 || size > n - 1) {
            throw new IllegalArgumentException("a validation set of " + size
                    + " samples must leave at least one of the " + n + " training samples on each side");
        }
        int[] validation = SeededSelection.choose(n, size, new SplittableRandom(seed));
        return new ValidationSplit(train.select(SeededSelection.complement(n, validation)), train.select(validation));
    }
}
