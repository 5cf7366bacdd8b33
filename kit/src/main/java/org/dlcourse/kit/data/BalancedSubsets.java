package org.dlcourse.kit.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Small class-balanced subsets for quick experiments: k samples of every class, the first ones or a seeded
 * uniform sample, kept in their original order.
 */
public final class BalancedSubsets {

    private BalancedSubsets() {
    }

    /**
     * The first {@code k} samples of every class, in their original order.
     *
     * @throws IllegalArgumentException if k < 1 or a class has fewer than k samples
     */
    public static Dataset first(Dataset data, int k) {
        int[][] byClass = indicesByClass(data, k);
        int[] chosen = new int[k * byClass.length];
        for (int c = 0; c < byClass.length; c++) {
            System.arraycopy(byClass[c], 0, chosen, c * k, k);
        }
        Arrays.sort(chosen);
        return data.select(chosen);
    }

    /**
     * {@code k} samples of every class, each k-subset of a class equally likely, drawn with {@code seed}; the
     * same seed gives the same subset. Kept in their original order.
     *
     * @throws IllegalArgumentException if k < 1 or a class has fewer than k samples
     */
    public static Dataset sample(Dataset data, int k, long seed) {
        int[][] byClass = indicesByClass(data, k);
        SplittableRandom random = new SplittableRandom(seed);
        int[] chosen = new int[k * byClass.length];
        for (int c = 0; c < byClass.length; c++) {
            int[] picks = SeededSelection.choose(byClass[c].length, k, random);
            for (int i = 0; i < k; i++) {
                chosen[c * k + i] = byClass[c][picks[i]];
            }
        }
        Arrays.sort(chosen);
        return data.select(chosen);
    }

    private static int[][] indicesByClass(Dataset data, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        int[] counts = data.classCounts();
        int[][] byClass = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] < k) {
                throw new IllegalArgumentException("class " + c + " (" + data.classNames().get(c) + ") has " + counts[c]
                        + " samples, fewer than k = " + k);
            }
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[counts.length];
        int[] labels = data.labels();
        for (int i = 0; i < labels.length; i++) {
            byClass[labels[i]][filled[labels[i]]++] = i;
        }
        return byClass;
    }
}
