package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.IntRange;
import org.dlcourse.kit.property.LongRange;
import org.dlcourse.kit.property.Property;

/**
 * Public properties for exercise 02: laws of the epoch's order and of its mini-batches, checked on generated sizes
 * and seeds. The runner tries edge cases first (one sample, a batch of 1, a batch as large as the data), then random
 * ones from a seed; a failure is shrunk to the smallest sizes that still fail and reported with them and the seed
 * ({@code -Ddlcourse.seed=...} replays it). The hidden tests check more: uniformity, the update rules, training.
 */
class SgdPublicProperties {

    @Property(tries = 200)
    @Graded(points = 1, task = "mini-batches",
            hint = "The order of an epoch holds every index 0, …, n − 1 exactly once: start from the identity and only swap entries.")
    void shuffledIndicesAreAPermutation(@ForAll @IntRange(min = 1, max = 200) int n,
            @ForAll @LongRange(min = -1000, max = 1000) long seed) {
        int[] order = MiniBatches.shuffledIndices(Counterexample.input("n", n), Counterexample.random("random", seed));

        assertThat(order).as("the order of %d samples, seed %d", n, seed).hasSize(n)
                .containsExactlyInAnyOrder(IntStream.range(0, n).toArray());
    }

    @Property(tries = 200)
    @Graded(points = 1, task = "mini-batches",
            hint = "The batches are consecutive slices of the order: concatenated, in order, they give the order back.")
    void batchesConcatenateToTheOrder(@ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll @IntRange(min = 1, max = 70) int batchSize) {
        int[] order = IntStream.range(0, n).map(i -> (7 * i + 3) % n).toArray();

        List<int[]> batches = MiniBatches.batches(order, batchSize);

        assertThat(batches.stream().flatMapToInt(IntStream::of).toArray())
                .as("the batches of size %d, concatenated", batchSize).containsExactly(order);
    }

    @Property(tries = 200)
    @Graded(points = 1, task = "mini-batches",
            hint = "There are ⌈n / B⌉ batches: every one holds B indices but the last, which keeps the remaining n mod B when B does not divide n.")
    void everyBatchButTheLastIsFull(@ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll @IntRange(min = 1, max = 70) int batchSize) {
        List<int[]> batches = MiniBatches.batches(IntStream.range(0, n).toArray(), batchSize);

        assertThat(batches).as("%d indices in batches of %d", n, batchSize).hasSize((n + batchSize - 1) / batchSize);
        for (int k = 0; k < batches.size() - 1; k++) {
            assertThat(batches.get(k)).as("batch %d", k).hasSize(batchSize);
        }
        assertThat(batches.get(batches.size() - 1)).as("the last batch")
                .hasSize(n - (batches.size() - 1) * batchSize);
    }
}
