package org.dlcourse.kit.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Uniformly random permutations of {0, …, n−1} as {@code int[]} (p[i] is the image of i), n in [minN, maxN].
 *
 * <p>Sampling is the Fisher–Yates shuffle (Knuth, TAOCP vol. 2, §3.4.2, Algorithm P), which yields each of the
 * n! permutations with probability 1/n!. Shrinking first removes the largest value (a permutation of one
 * element less, while n > minN), then jumps to the identity, then fixes one point at a time by a swap; the
 * measure (n, number of non-fixed points) strictly decreases, so shrinking ends.
 */
final class PermutationGen implements Gen<int[]> {

    private final int minN;
    private final int maxN;

    PermutationGen(int minN, int maxN) {
        if (minN < 0 || minN > maxN) {
            throw new IllegalArgumentException("need 0 <= minN <= maxN, got [" + minN + ", " + maxN + "]");
        }
        this.minN = minN;
        this.maxN = maxN;
    }

    @Override
    public int[] sample(SplittableRandom random) {
        int[] permutation = identity(random.nextInt(minN, maxN + 1));
        for (int i = permutation.length - 1; i > 0; i--) {
            swap(permutation, i, random.nextInt(i + 1));
        }
        return permutation;
    }

    /** The identity and the reversal, for the smallest and the largest n. */
    @Override
    public List<int[]> edgeCases() {
        List<int[]> edgeCases = new ArrayList<>();
        for (int n : new int[] {minN, maxN}) {
            edgeCases.add(identity(n));
            edgeCases.add(IntStream.range(0, n).map(i -> n - 1 - i).toArray());
        }
        return distinct(edgeCases);
    }

    @Override
    public Stream<int[]> shrink(int[] permutation) {
        List<int[]> candidates = new ArrayList<>();
        int n = permutation.length;
        if (n > minN) {
            candidates.add(IntStream.of(permutation).filter(value -> value != n - 1).toArray());
        }
        if (!isIdentity(permutation)) {
            candidates.add(identity(n));
        }
        for (int i = 0; i < n; i++) {
            if (permutation[i] != i) {
                int[] fixed = permutation.clone();
                swap(fixed, i, indexOf(fixed, i));
                candidates.add(fixed);
            }
        }
        return distinct(candidates).stream();
    }

    /** The arrays in their order, each content once: the identity and a single fixing swap can coincide. */
    private static List<int[]> distinct(List<int[]> arrays) {
        Map<List<Integer>, int[]> byContent = new LinkedHashMap<>();
        for (int[] array : arrays) {
            byContent.putIfAbsent(IntStream.of(array).boxed().toList(), array);
        }
        return List.copyOf(byContent.values());
    }

    private static int[] identity(int n) {
        return IntStream.range(0, n).toArray();
    }

    private static boolean isIdentity(int[] permutation) {
        return IntStream.range(0, permutation.length).allMatch(i -> permutation[i] == i);
    }

    private static int indexOf(int[] permutation, int value) {
        return IntStream.range(0, permutation.length).filter(i -> permutation[i] == value).findFirst().orElseThrow();
    }

    private static void swap(int[] values, int i, int j) {
        int kept = values[i];
        values[i] = values[j];
        values[j] = kept;
    }
}
