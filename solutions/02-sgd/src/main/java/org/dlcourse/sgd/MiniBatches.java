package org.dlcourse.sgd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order in which an epoch visits the training samples, and its division into mini-batches.
 *
 * <p>An epoch of mini-batch SGD visits every sample exactly once, in a fresh uniformly random order (a random
 * permutation, "sampling without replacement"), cut into consecutive batches of B samples; the last batch holds
 * the n mod B samples left over, if any, so no sample is skipped (PyTorch's {@code DataLoader(shuffle=True,
 * drop_last=False)}). Reshuffling every epoch keeps the batches' gradients unbiased estimates of the full gradient
 * without repeating the same sequence of steps (Bottou, "Stochastic gradient descent tricks", 2012, §2.3).
 */
public final class MiniBatches {

    private MiniBatches() {
    }

    /**
     * A uniformly random permutation of 0, 1, …, n − 1, drawn from {@code random} only, by the Fisher–Yates
     * shuffle (Durstenfeld's version, Knuth TAOCP vol. 2, Algorithm 3.4.2 P): start from the identity and, for
     * i = n − 1 down to 1, swap the entries at i and j, with j uniform in {0, …, i}.
     *
     * @param n      the number of samples, ≥ 1
     * @param random the generator; the same state gives the same permutation
     * @return a new array holding each of 0, …, n − 1 once
     */
    public static int[] shuffledIndices(int n, SplittableRandom random) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one sample, got n = " + n);
        }
        if (random == null) {
            throw new IllegalArgumentException("random must not be null");
        }
        // BEGIN SOLUTION: fill 0..n−1, then Fisher–Yates: for i from n−1 down to 1 swap entries i and j, j = random.nextInt(i + 1).
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swapped = order[i];
            order[i] = order[j];
            order[j] = swapped;
        }
        return order;
        // END SOLUTION
    }

    /**
     * The mini-batches of one epoch: consecutive slices of {@code order} of {@code batchSize} entries each, in
     * order, and a last, smaller slice with the remaining n mod B entries when B does not divide n; ⌈n / B⌉
     * batches in all. Example: 10 indices in batches of 4 give batches of 4, 4 and 2.
     *
     * @param order     the epoch's order of sample indices, at least one
     * @param batchSize B ≥ 1
     * @return new arrays, whose concatenation is {@code order}
     */
    public static List<int[]> batches(int[] order, int batchSize) {
        if (order == null || order.length == 0) {
            throw new IllegalArgumentException("order must hold at least one index");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, got " + batchSize);
        }
        // BEGIN SOLUTION: cut order into consecutive slices of batchSize; keep the last, smaller slice.
        // ⌈n / B⌉ without (n + B − 1) / B, which overflows for B near Integer.MAX_VALUE; each slice ends at
        // start + min(B, n − start), never computing start + B past n.
        List<int[]> batches = new ArrayList<>(order.length / batchSize + (order.length % batchSize == 0 ? 0 : 1));
        for (int start = 0; start < order.length; start += Math.min(batchSize, order.length - start)) {
            batches.add(Arrays.copyOfRange(order, start, start + Math.min(batchSize, order.length - start)));
        }
        return batches;
        // END SOLUTION
    }
}
