package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Laws of the number and choice generators: they stay in range and shrink to strictly simpler values. */
class NumberGenProperties {

    private static final int SAMPLES_PER_RANGE = 50;

    /**
     * A closed interval [low, low + width].
     *
     * @param low   the lower bound
     * @param width the length, at least 0
     */
    record Interval(double low, double width) {

        double high() {
            return low + width;
        }
    }

    Gen<Interval> intervals() {
        return Gens.zip(Gens.doubles(-1e6, 1e6), Gens.doubles(0, 1e4), Interval::new, Interval::low, Interval::width);
    }

    Gen<Long> seeds() {
        return Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Property(tries = 200)
    void doublesStayInTheirRange(@ForAll("intervals") Interval range, @ForAll("seeds") long seed) {
        Gen<Double> doubles = Gens.doubles(range.low(), range.high());
        SplittableRandom random = new SplittableRandom(seed);
        Stream.concat(Stream.generate(() -> doubles.sample(random)).limit(SAMPLES_PER_RANGE),
                doubles.edgeCases().stream())
                .forEach(x -> assertThat(x).isBetween(range.low(), range.high()));
    }

    @Property(tries = 300)
    void doubleShrinkCandidatesAreInRangeAndStrictlySimpler(@ForAll("intervals") Interval range,
            @ForAll("seeds") long seed) {
        Gen<Double> doubles = Gens.doubles(range.low(), range.high());
        double target = Math.min(Math.max(0, range.low()), range.high());
        double sample = doubles.sample(new SplittableRandom(seed));
        List<Double> values = Stream.of(sample, Math.rint(sample), Math.rint(2 * sample) / 2)
                .filter(x -> x >= range.low() && x <= range.high()).toList();
        for (double x : values) {
            for (double candidate : doubles.shrink(x).toList()) {
                assertThat(candidate).isBetween(range.low(), range.high());
                int byGranularity = Integer.compare(DoubleGen.granularity(candidate), DoubleGen.granularity(x));
                assertThat(byGranularity < 0
                        || byGranularity == 0 && Math.abs(candidate - target) < Math.abs(x - target))
                        .as("%s simpler than %s", candidate, x).isTrue();
            }
        }
    }

    @Property(tries = 300)
    void intShrinkCandidatesAreInRangeAndStrictlyCloserToTheTarget(@ForAll @IntRange(min = -50, max = 50) int low,
            @ForAll @IntRange(min = 0, max = 100) int width, @ForAll("seeds") long seed) {
        Gen<Integer> ints = Gens.ints(low, low + width);
        int target = Math.min(Math.max(0, low), low + width);
        int n = ints.sample(new SplittableRandom(seed));
        List<Integer> candidates = ints.shrink(n).toList();
        assertEquals(candidates.size(), candidates.stream().distinct().count());
        for (int candidate : candidates) {
            assertThat(candidate).isBetween(low, low + width);
            assertThat(Math.abs(candidate - target)).isLessThan(Math.abs(n - target));
        }
        assertEquals(n == target, candidates.isEmpty());
    }

    @Property
    void longsShrinkWithoutOverflowAtTheExtremes(@ForAll("extremeLongs") long n) {
        Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE).shrink(n).forEach(candidate -> assertThat(
                n < 0 ? n < candidate && candidate <= 0 : 0 <= candidate && candidate < n).isTrue());
    }

    Gen<Long> extremeLongs() {
        return Gens.oneOf(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 1L, Long.MAX_VALUE - 1, Long.MAX_VALUE);
    }

    @Property
    void elementsShrinkTowardTheFrontOfTheList(@ForAll @IntRange(min = 0, max = 11) int index) {
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        assertEquals(names.subList(0, index), Gens.elements(names).shrink(names.get(index)).toList());
    }

    @Test
    void doubleEdgeCasesAreTheClassicValuesInsideTheRange() {
        assertEquals(List.of(0.0, 1.0, -1.0, 1e-12, -1000.0, 1000.0), Gens.doubles(-1000, 1000).edgeCases());
        assertEquals(List.of(0.0, 1.0, 1e-12, 5.0), Gens.doubles(0, 5).edgeCases());
        assertEquals(List.of(-1.0, -2000.0, -0.5, -1000.0), Gens.doubles(-2000, -0.5).edgeCases());
    }

    @Test
    void aNegativeFractionShrinksToZeroThenToMinusOneBeforeSmallerFractions() {
        assertEquals(List.of(0.0, -1.0, -0.5, -0.15), Gens.doubles(-10, 10).shrink(-0.3).toList());
    }

    @Test
    void smallListsAreTriedExhaustively() {
        assertEquals(List.of(false, true), Gens.booleans().edgeCases());
        assertEquals(List.of(1, 12), Gens.elements(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)).edgeCases());
    }

    @Test
    void aTooStrictFilterFailsWithAClearMessage() {
        Gen<Integer> impossible = Gens.ints(0, 10).filter(n -> n > 10);

        PropertyDefinitionException error = assertThrows(PropertyDefinitionException.class,
                () -> impossible.sample(new SplittableRandom(1)));
        assertThat(error).hasMessageContaining("too few values pass");
    }

    @Test
    void aFilterAppliesToSamplesEdgeCasesAndShrinkCandidates() {
        Gen<Integer> evens = Gens.ints(-100, 100).filter(n -> n % 2 == 0);
        SplittableRandom random = new SplittableRandom(3);

        assertThat(Stream.generate(() -> evens.sample(random)).limit(100)).allMatch(n -> n % 2 == 0);
        assertEquals(List.of(0, -100, 100), evens.edgeCases());
        assertThat(evens.shrink(64)).allMatch(n -> n % 2 == 0).isNotEmpty();
    }

    @Test
    void mapWithAnInverseKeepsShrinkingAndMapWithoutLosesIt() {
        Gen<String> kept = Gens.ints(0, 100).map(String::valueOf, Integer::valueOf);
        Gen<String> lost = Gens.ints(0, 100).map(String::valueOf);

        assertEquals(List.of("0", "25", "38", "44", "47", "49"), kept.shrink("50").toList());
        assertThat(lost.shrink("50")).isEmpty();
        assertEquals(List.of("0", "1", "100"), lost.edgeCases());
    }

    @Test
    void zipShrinksEachComponentWithItsOwnGenerator() {
        Gen<Interval> intervals = intervals();

        assertThat(intervals.shrink(new Interval(3, 2)))
                .contains(new Interval(0, 2), new Interval(3, 0))
                .allMatch(interval -> interval.low() != 3 ^ interval.width() != 2);
    }
}
