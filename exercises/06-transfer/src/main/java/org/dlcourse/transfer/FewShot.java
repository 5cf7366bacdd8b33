package org.dlcourse.transfer;

import java.util.SplittableRandom;

/** Few-shot sampling: k labelled examples of every class, balanced and seeded. */
public final class FewShot {

    private FewShot() {
    }

    /**
     * The indices of k examples of every class 0, …, classes − 1, drawn with {@code seed}: every k-subset of a
     * class's indices is equally likely, the same seed gives the same indices. Returned in increasing order.
     *
     * @param labels  the class of every example, each in [0, classes)
     * @param classes the number of classes, ≥ 1
     * @param k       the examples per class, ≥ 1
     * @throws IllegalArgumentException if a class has fewer than k examples or a label is out of range
     */
    public static int[] indices(int[] labels, int classes, int k, long seed) {
        if (labels == null) {
            throw new IllegalArgumentException("labels must not be null");
        }
        Checks.requirePositive("classes", classes);
        Checks.requirePositive("k", k);
        int[] counts = new int[classes];
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= classes) {
                throw new IllegalArgumentException("label " + labels[n] + " of example " + n + " is outside [0, "
                        + classes + ")");
            }
            counts[labels[n]]++;
        }
        for (int c = 0; c < classes; c++) {
            if (counts[c] < k) {
                throw new IllegalArgumentException("class " + c + " has " + counts[c] + " examples, fewer than k = " + k);
            }
        }
        throw new UnsupportedOperationException("TODO: with one SplittableRandom(seed), draw k distinct indices uniformly from every class's indices (e.g. a partial Fisher–Yates shuffle per class); return all classes*k indices sorted.");
    }
}
