package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;

/**
 * Batch sizes at the edges: one index, a batch size equal to the number of indices, and batch sizes far above it,
 * up to {@code Integer.MAX_VALUE}, where ⌈n / B⌉ computed as (n + B − 1) / B overflows to a negative count.
 */
class MiniBatchEdgeCasesTests {

    @Test
    @Graded(points = 1, task = "mini-batches",
            hint = "A batch size of at least n gives ONE batch holding the whole order, even for B = Integer.MAX_VALUE: (n + B - 1) / B overflows there; count the batches as n / B plus one for a remainder, and never compute start + B past n.")
    void aBatchSizeAtOrAboveTheSampleCountGivesOneBatch() {
        int[] order = {4, 0, 3, 1, 2};
        for (int batchSize : new int[] {5, 6, 1 << 30, Integer.MAX_VALUE - 1, Integer.MAX_VALUE}) {
            List<int[]> batches = MiniBatches.batches(order.clone(), batchSize);
            assertThat(batches).as("batches of %d indices with B = %d", order.length, batchSize).hasSize(1);
            assertThat(batches.get(0)).as("the one batch for B = %d", batchSize).containsExactly(order);
        }
        assertThat(MiniBatches.batches(new int[] {7}, Integer.MAX_VALUE)).singleElement()
                .satisfies(batch -> assertThat(batch).containsExactly(7));
    }
}
