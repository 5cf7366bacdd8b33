package org.dlcourse.regularization;

import java.util.List;

/**
 * K-fold cross-validation splits with scikit-learn's layout ({@code sklearn.model_selection.KFold}; Hastie,
 * Tibshirani, Friedman, The Elements of Statistical Learning, 2nd ed., §7.10).
 *
 * <p>The order of the n samples is cut into K consecutive chunks; chunk f is the validation set of fold f and the
 * rest, in order, its training set. The first n mod K chunks hold ⌈n/K⌉ samples, the others ⌊n/K⌋, so the
 * validation sets are disjoint, together hold every sample exactly once, and their sizes differ by at most 1.
 */
public final class KFold {

    private KFold() {
    }

    /** The K folds of the samples 0, 1, …, n − 1 in that order (no shuffling); see {@link #split(int[], int)}. */
    public static List<Fold> split(int n, int k) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one sample, got n = " + n);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return split(order, k);
    }

    /**
     * The K folds of the samples listed in {@code order} (e.g. a shuffled 0..n−1), in that order (class comment).
     *
     * @param order the sample indices, n ≥ K of them
     * @param k     K with 2 ≤ K ≤ n
     * @return K folds; fold f validates on the f-th chunk of {@code order}
     */
    public static List<Fold> split(int[] order, int k) {
        Checks.requireNonNull("order", order);
        if (k < 2 || k > order.length) {
            throw new IllegalArgumentException("the number of folds must be between 2 and n = " + order.length
                    + ", got k = " + k);
        }
        throw new UnsupportedOperationException("TODO: chunk sizes n/k, plus one for the first n % k chunks; chunk f of order validates fold f, the other entries (in order) train it.");
    }
}
