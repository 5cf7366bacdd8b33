package org.dlcourse.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.junit.jupiter.api.Test;

/** Few-shot sampling: balanced, distinct, sorted, seeded and uniform. */
class FewShotProperties {

    /** Labels of 2–5 classes with 1–12 examples each in random order, k between 1 and the smallest class, a seed. */
    record Draw(int[] labels, int classes, int k, long seed) {
        @Override
        public String toString() {
            return "labels " + Arrays.toString(labels) + ", classes " + classes + ", k " + k + ", seed " + seed;
        }
    }

    Gen<Draw> draws() {
        return random -> {
            int classes = 2 + random.nextInt(4);
            int[] sizes = new int[classes];
            int n = 0;
            for (int c = 0; c < classes; c++) {
                sizes[c] = 1 + random.nextInt(12);
                n += sizes[c];
            }
            int[] labels = new int[n];
            int at = 0;
            for (int c = 0; c < classes; c++) {
                for (int i = 0; i < sizes[c]; i++) {
                    labels[at++] = c;
                }
            }
            int[] order = Shuffling.permutation(n, random);
            int[] shuffled = Arrays.stream(order).map(i -> labels[i]).toArray();
            int k = 1 + random.nextInt(Arrays.stream(sizes).min().orElseThrow());
            return new Draw(shuffled, classes, k, random.nextLong());
        };
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "few-shot",
            hint = "Return exactly k indices of every class (classes*k in all), distinct, valid, in increasing order.")
    void takesExactlyKDistinctExamplesOfEveryClass(@ForAll("draws") Draw d) {
        int[] chosen = FewShot.indices(d.labels(), d.classes(), d.k(), d.seed());

        assertThat(chosen).hasSize(d.classes() * d.k()).isSorted().doesNotHaveDuplicates();
        assertThat(Arrays.stream(chosen).allMatch(i -> i >= 0 && i < d.labels().length)).as("every index is valid").isTrue();
        int[] perClass = new int[d.classes()];
        for (int i : chosen) {
            perClass[d.labels()[i]]++;
        }
        int[] expected = new int[d.classes()];
        Arrays.fill(expected, d.k());
        assertThat(perClass).as("examples per class").containsExactly(expected);
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "few-shot",
            hint = "The same labels, k and seed must give the same indices: draw from one new SplittableRandom(seed), nothing else.")
    void theSameSeedGivesTheSameIndices(@ForAll("draws") Draw d) {
        assertThat(FewShot.indices(d.labels(), d.classes(), d.k(), d.seed()))
                .containsExactly(FewShot.indices(d.labels(), d.classes(), d.k(), d.seed()));
    }

    /**
     * Over 4000 seeds, every example of a class of size m is chosen with probability k/m. The counts are binomial
     * with σ = √(4000·p(1 − p)) ≤ 32; the seeds are fixed, and the bound of 5σ leaves the correct sampler far
     * inside while taking the first k, or a biased shuffle, far outside.
     */
    @Test
    @Graded(points = 2, task = "few-shot",
            hint = "Every k-subset of a class must be equally likely, so every example is chosen with probability k/m: draw uniformly (e.g. a partial Fisher–Yates shuffle with random.nextInt(i, m) or i + nextInt(m − i)), not the first k of the class and not a biased shuffle.")
    void everyExampleOfAClassIsEquallyLikely() {
        int[] labels = {1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1};
        int k = 2;
        int draws = 4000;
        int[] counts = new int[labels.length];
        SplittableRandom seeds = new SplittableRandom(6L);
        for (int draw = 0; draw < draws; draw++) {
            for (int i : FewShot.indices(labels, 2, k, seeds.nextLong())) {
                counts[i]++;
            }
        }
        int[] sizes = {5, 8};
        for (int i = 0; i < labels.length; i++) {
            double p = (double) k / sizes[labels[i]];
            double sigma = Math.sqrt(draws * p * (1 - p));
            assertThat((double) counts[i]).as("times example %d (class %d) was chosen in %d draws", i, labels[i], draws)
                    .isBetween(draws * p - 5 * sigma, draws * p + 5 * sigma);
        }
    }
}
