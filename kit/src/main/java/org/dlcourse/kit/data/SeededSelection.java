package org.dlcourse.kit.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Uniformly random k-subsets of {0, …, n−1} and their complements, drawn only from a given
 * {@link SplittableRandom} so that a seed selects the same samples on every machine.
 */
final class SeededSelection {

    private SeededSelection() {
    }

    /**
     * k distinct indices of [0, n), ascending, every k-subset equally likely: the first k steps of the
     * Fisher–Yates shuffle (Knuth, TAOCP vol. 2, Algorithm 3.4.2P), O(n) time.
     */
    static int[] choose(int n, int k, SplittableRandom random) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("cannot choose " + k + " of " + n);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] chosen = Arrays.copyOf(order, k);
        Arrays.sort(chosen);
        return chosen;
    }

    /** The indices of [0, n) not in {@code ascending}, ascending. */
    static int[] complement(int n, int[] ascending) {
        int[] rest = new int[n - ascending.length];
        int next = 0;
        int taken = 0;
        for (int i = 0; i < n; i++) {
            if (taken < ascending.length && ascending[taken] == i) {
                taken++;
            } else {
                rest[next++] = i;
            }
        }
        return rest;
    }
}
