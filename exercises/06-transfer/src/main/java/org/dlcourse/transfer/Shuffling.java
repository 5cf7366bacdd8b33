package org.dlcourse.transfer;

import java.util.SplittableRandom;

/** A seeded uniform permutation by the Fisher–Yates shuffle (Knuth, TAOCP vol. 2, Algorithm P). Given complete. */
public final class Shuffling {

    private Shuffling() {
    }

    /** 0, …, n − 1 in a uniformly random order drawn from {@code random}. */
    public static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
