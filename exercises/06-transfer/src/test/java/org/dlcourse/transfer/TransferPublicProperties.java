package org.dlcourse.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.IntRange;
import org.dlcourse.kit.property.LongRange;
import org.dlcourse.kit.property.Property;

/**
 * Public properties for exercise 06: laws of few-shot sampling, checked on generated class counts, sizes and seeds.
 * The runner tries edge cases first (one class, one example per class, k as large as a class), then random ones
 * from a seed; a failure is shrunk to the smallest input that still fails and reported with it and the seed
 * ({@code -Ddlcourse.seed=...} replays it). The hidden tests check more: uniformity, parameter groups, exact
 * freezing and the transfer strategies.
 */
class TransferPublicProperties {

    /**
     * Labels of {@code classes · perClass} examples, every class {@code perClass} times, interleaved: example i has
     * class 7·i mod classes (7 is prime to every class count up to 5, so the classes come in turn).
     */
    private static int[] labels(int classes, int perClass) {
        return IntStream.range(0, classes * perClass).map(i -> 7 * i % classes).toArray();
    }

    /** k in [1, perClass] from a generated number, so that every generated triple is valid and all still shrink. */
    private static int shots(int perClass, int k) {
        return 1 + (k - 1) % perClass;
    }

    @Property(tries = 200)
    @Graded(points = 1, task = "few-shot",
            hint = "Return k distinct examples of every class, classes·k indices in all, in increasing order.")
    void drawsKDistinctExamplesOfEveryClassInIncreasingOrder(@ForAll @IntRange(min = 1, max = 5) int classes,
            @ForAll @IntRange(min = 1, max = 8) int perClass, @ForAll @IntRange(min = 1, max = 8) int k,
            @ForAll @LongRange(min = -1000, max = 1000) long seed) {
        int[] labels = labels(classes, perClass);
        int shots = shots(perClass, k);

        int[] chosen = FewShot.indices(Counterexample.input("labels", labels), Counterexample.input("classes", classes),
                Counterexample.input("k", shots), Counterexample.input("seed", seed));

        assertThat(chosen).as("%d shots of %d classes", shots, classes).hasSize(classes * shots).isSorted()
                .doesNotHaveDuplicates();
        assertThat(IntStream.of(chosen).allMatch(index -> index >= 0 && index < labels.length))
                .as("every index of %s is an example's", Arrays.toString(chosen)).isTrue();
        for (int c = 0; c < classes; c++) {
            int label = c;
            assertThat(IntStream.of(chosen).filter(index -> labels[index] == label).count())
                    .as("examples of class %d", c).isEqualTo(shots);
        }
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "few-shot",
            hint = "Draw from one SplittableRandom(seed) only: the same seed must give the same examples.")
    void theSameSeedGivesTheSameExamples(@ForAll @IntRange(min = 1, max = 5) int classes,
            @ForAll @IntRange(min = 1, max = 8) int perClass, @ForAll @IntRange(min = 1, max = 8) int k,
            @ForAll @LongRange(min = -1000, max = 1000) long seed) {
        int[] labels = labels(classes, perClass);
        int shots = shots(perClass, k);

        assertThat(FewShot.indices(Counterexample.input("labels", labels), Counterexample.input("classes", classes),
                Counterexample.input("k", shots), Counterexample.input("seed", seed))).as("the second draw with seed %d", seed)
                .containsExactly(FewShot.indices(labels, classes, shots, seed));
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "few-shot",
            hint = "With k equal to the size of every class, every example must be chosen, each once.")
    void kAsLargeAsEveryClassChoosesEveryExample(@ForAll @IntRange(min = 1, max = 5) int classes,
            @ForAll @IntRange(min = 1, max = 8) int perClass, @ForAll @LongRange(min = -1000, max = 1000) long seed) {
        int[] labels = labels(classes, perClass);

        assertThat(FewShot.indices(Counterexample.input("labels", labels), Counterexample.input("classes", classes),
                Counterexample.input("k", perClass), Counterexample.input("seed", seed)))
                .as("every example of %d classes", classes)
                .containsExactly(IntStream.range(0, labels.length).toArray());
    }
}
