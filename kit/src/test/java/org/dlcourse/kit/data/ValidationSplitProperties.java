package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;

/** The laws of a seeded validation split: a partition of the training samples, fixed by its seed. */
class ValidationSplitProperties {

    Gen<Integer> trainingSizes() {
        return Gens.ints(2, 300);
    }

    Gen<Double> fractions() {
        return Gens.doubles(0, 1);
    }

    Gen<Long> seeds() {
        return Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Property(tries = 100)
    void partitionsTheTrainingSamplesInOrder(@ForAll("trainingSizes") int n, @ForAll("fractions") double fraction,
            @ForAll("seeds") long seed) {
        int size = validationSize(n, fraction);

        ValidationSplit parts = split(n).validationSplit(size, seed);

        int[] kept = Datasets.ids(parts.train());
        int[] heldOut = Datasets.ids(parts.validation());
        assertThat(heldOut).hasSize(size);
        assertThat(kept).hasSize(n - size);
        assertThat(kept).isSorted();
        assertThat(heldOut).isSorted();
        assertThat(IntStream.concat(IntStream.of(kept), IntStream.of(heldOut)).sorted().toArray())
                .containsExactly(IntStream.range(0, n).toArray());
        assertThat(parts.validation().labels()).containsExactly(IntStream.of(heldOut).map(id -> id % 3).toArray());
    }

    @Property(tries = 50)
    void theSameSeedGivesTheSameSplit(@ForAll("trainingSizes") int n, @ForAll("fractions") double fraction,
            @ForAll("seeds") long seed) {
        int size = validationSize(n, fraction);

        assertThat(split(n).validationSplit(size, seed)).isEqualTo(split(n).validationSplit(size, seed));
    }

    /**
     * With n ≥ 200 and a validation set of between a quarter and three quarters of the samples there are at least
     * C(200, 50) > 10⁴⁷ possible validation sets, so two seeds choosing the same one would point to a bug, not to
     * chance.
     */
    @Property(tries = 50)
    void differentSeedsGiveDifferentSplits(@ForAll("largeTrainingSizes") int n,
            @ForAll("middleFractions") double fraction, @ForAll("seeds") long seed) {
        int size = validationSize(n, fraction);
        Split split = split(n);

        int[] first = Datasets.ids(split.validationSplit(size, seed).validation());
        int[] second = Datasets.ids(split.validationSplit(size, seed + 1).validation());

        assertThat(Arrays.equals(first, second)).as("validation ids of seeds %d and %d", seed, seed + 1).isFalse();
    }

    Gen<Integer> largeTrainingSizes() {
        return Gens.ints(200, 600);
    }

    Gen<Double> middleFractions() {
        return Gens.doubles(0.25, 0.75);
    }

    /** A size in [1, n − 1], the range a validation split accepts, spread over it by {@code fraction}. */
    private static int validationSize(int n, double fraction) {
        return 1 + (int) Math.round(fraction * (n - 2));
    }

    private static Split split(int n) {
        return new Split(Datasets.identified(n, 3), Datasets.identified(5, 3));
    }
}
