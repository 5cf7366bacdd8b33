package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;

/** Laws of an epoch's order and of its mini-batches. */
class MiniBatchProperties {

    /** Shuffles of three indices drawn for the uniformity test: 10,000 expected per order. */
    private static final int DRAWS = 60_000;

    /**
     * Pearson's χ² over the 3! = 6 orders has 5 degrees of freedom; P(χ² &gt; 30) ≈ 1.5e-5 for a uniform shuffle,
     * so a correct shuffle fails with that probability at most (and, seeded, either always or never). Drawing j
     * from all of 0..n−1 at every i gives orders with probabilities 4/27 and 5/27, χ² ≈ 740; Sattolo's j in 0..i−1
     * reaches only the 2 cyclic orders, χ² = 120,000.
     */
    private static final double CHI_SQUARED_BOUND = 30.0;

    Gen<Integer> sizes() {
        return Gens.ints(1, 300);
    }

    Gen<Long> seeds() {
        return Gens.longs(-1_000_000_000_000L, 1_000_000_000_000L);
    }

    Gen<int[]> orders() {
        return Gens.permutations(1, 200);
    }

    Gen<Integer> batchSizes() {
        return Gens.ints(1, 50);
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "mini-batches",
            hint = "shuffledIndices(n, random) must hold every index 0..n-1 exactly once: start from 0..n-1 and only swap entries.")
    void shuffledIndicesArePermutations(@ForAll("sizes") int n, @ForAll("seeds") long seed) {
        int[] order = MiniBatches.shuffledIndices(Counterexample.input("n", n), Counterexample.random("random", seed));

        assertThat(Arrays.stream(order).sorted().toArray()).as("sorted order")
                .isEqualTo(IntStream.range(0, n).toArray());
    }

    @Test
    @Graded(points = 2, task = "mini-batches",
            hint = "Every order must be equally likely. Fisher-Yates draws j uniformly from 0..i INCLUSIVE, for i from n-1 down to 1; drawing j from 0..n-1 each time, or from 0..i-1, favours some orders.")
    void everyOrderIsEquallyLikely() {
        SplittableRandom random = Seeds.random("02-sgd/uniform-shuffle");
        int[] counts = new int[6];
        for (int draw = 0; draw < DRAWS; draw++) {
            int[] order = MiniBatches.shuffledIndices(3, random);
            counts[rank(order)]++;
        }
        double expected = DRAWS / 6.0;
        double chiSquared = Arrays.stream(counts)
                .mapToDouble(count -> (count - expected) * (count - expected) / expected).sum();

        assertThat(chiSquared).as("chi-squared of the counts %s of the 6 orders of 3 indices", Arrays.toString(counts))
                .isLessThan(CHI_SQUARED_BOUND);
    }

    @Property(tries = 50)
    @Graded(points = 1, task = "mini-batches",
            hint = "The order must depend only on the generator passed in: two generators with the same seed give the same order.")
    void theSameSeedGivesTheSameOrder(@ForAll("sizes") int n, @ForAll("seeds") long seed) {
        assertThat(MiniBatches.shuffledIndices(Counterexample.input("n", n), Counterexample.random("random", seed)))
                .isEqualTo(MiniBatches.shuffledIndices(n, Counterexample.random("sameSeed", seed)));
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "mini-batches",
            hint = "Batches are consecutive slices of the order, in order, each of batchSize entries except possibly the last: together they are the order.")
    void batchesAreConsecutiveSlicesOfTheOrder(@ForAll("orders") int[] order, @ForAll("batchSizes") int batchSize) {
        List<int[]> batches = MiniBatches.batches(order, batchSize);

        assertThat(batches).as("number of batches").hasSize((order.length + batchSize - 1) / batchSize);
        assertThat(batches.subList(0, batches.size() - 1)).as("all batches but the last")
                .allSatisfy(batch -> assertThat(batch).hasSize(batchSize));
        assertThat(batches.stream().flatMapToInt(Arrays::stream).toArray()).as("the batches concatenated")
                .isEqualTo(order);
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "mini-batches",
            hint = "When the batch size does not divide n, the last batch holds the n mod B remaining indices: keep it (PyTorch's drop_last=False).")
    void theLastPartialBatchIsKept(@ForAll("orders") int[] order, @ForAll("batchSizes") int batchSize) {
        List<int[]> batches = MiniBatches.batches(order, batchSize);
        int remainder = order.length % batchSize;

        assertThat(batches.get(batches.size() - 1)).as("last batch")
                .hasSize(remainder == 0 ? Math.min(batchSize, order.length) : remainder);
        assertThat(batches.stream().mapToInt(batch -> batch.length).sum()).as("indices in all batches")
                .isEqualTo(order.length);
    }

    // The lexicographic rank of a permutation of {0, 1, 2}.
    private static int rank(int[] order) {
        int rank = 0;
        for (int i = 0; i < order.length; i++) {
            int smallerAfter = 0;
            for (int j = i + 1; j < order.length; j++) {
                smallerAfter += order[j] < order[i] ? 1 : 0;
            }
            rank = rank * (order.length - i) + smallerAfter;
        }
        return rank;
    }
}
