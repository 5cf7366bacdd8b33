package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The generator's state across calls: the trainer draws every epoch's order from one {@link SplittableRandom} in turn
 * (lecture 02, §2, "Seeded"), so the order of epoch e depends on how many numbers the shuffles of the epochs before
 * it drew. Durstenfeld's Fisher–Yates as the handout states it draws exactly n − 1 numbers, j = random.nextInt(i + 1)
 * for i = n − 1 down to 1; a loop down to i = 0 swaps entry 0 with itself but draws once more, so its first order is
 * right and every later one is not. The laws of {@link MiniBatchProperties} (a permutation, uniform, the same seed
 * giving the same order) all hold for such a shuffle; only successive calls on one generator tell.
 */
class ShuffleDrawsTests {

    private static final int EPOCHS = 5;

    /** The handout's algorithm, the oracle: Knuth TAOCP vol. 2, Algorithm 3.4.2 P. */
    private static int[] durstenfeld(int n, SplittableRandom random) {
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
    }

    @Test
    @Graded(points = 1, task = "mini-batches",
            hint = "Successive shuffles from ONE generator must follow Fisher-Yates exactly: draw j = random.nextInt(i + 1) for i from n-1 down to 1, nothing else. A loop down to i = 0 (or any extra draw) leaves the first epoch's order right but changes every later epoch's.")
    void successiveShufflesFromOneGeneratorFollowTheHandoutsDraws() {
        for (int n : new int[] {1, 2, 3, 10, 97}) {
            SplittableRandom random = Seeds.random("02-sgd/successive-shuffles/" + n);
            SplittableRandom twin = Seeds.random("02-sgd/successive-shuffles/" + n);
            for (int epoch = 1; epoch <= EPOCHS; epoch++) {
                assertThat(MiniBatches.shuffledIndices(n, random))
                        .as("epoch %d's order of n = %d samples, drawn after %d earlier shuffles from the same generator",
                                epoch, n, epoch - 1)
                        .isEqualTo(durstenfeld(n, twin));
            }
        }
    }
}
