package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Edge cases come first: inputs a uniform sampler would practically never produce (exactly 0, exactly ±1000,
 * a single column, ties) are tried on the first tries.
 */
class EdgeCaseTests {

    private static final List<List<Object>> SAMPLES = new ArrayList<>();
    private static final Gen<Double> DEFAULT_DOUBLES = Gens.doubles(-1000, 1000);

    @BeforeEach
    void clear() {
        SAMPLES.clear();
    }

    @Test
    void aPropertyFailingOnlyAtZeroFailsOnTheFirstTry() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(FailsAtZero.class));

        assertEquals(1, failure.tryNumber());
    }

    @Test
    void aPropertyFailingOnlyAtPlusOrMinus1000FailsWithinTheEdgeCases() {
        PropertyFailure plus = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(FailsAtPlus1000.class));
        PropertyFailure minus = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(FailsAtMinus1000.class));

        assertEquals(DEFAULT_DOUBLES.edgeCases().indexOf(1000.0) + 1, plus.tryNumber());
        assertEquals(DEFAULT_DOUBLES.edgeCases().indexOf(-1000.0) + 1, minus.tryNumber());
    }

    @Test
    void aPropertyFailingOnlyOnSingleColumnsFailsWithinTheEdgeCases() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(FailsOnSingleColumns.class));

        List<INDArray> edgeCases = Gens.matrices().edgeCases();
        int firstSingleColumn = edgeCases.stream().filter(m -> m.columns() == 1).findFirst().map(edgeCases::indexOf)
                .orElseThrow();
        assertEquals(firstSingleColumn + 1, failure.tryNumber());
    }

    @Test
    void aPropertyFailingOnlyOnTiesFailsWithinTheEdgeCases() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(FailsOnTies.class));

        assertThat(failure.tryNumber()).isLessThanOrEqualTo(Gens.matrices().edgeCases().size());
    }

    @Test
    void everyEdgeCaseOfEveryParameterComesWithinTheFirstTries() {
        FixtureRunner.run(TwoParameters.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        List<Double> doubleEdges = DEFAULT_DOUBLES.edgeCases();
        List<Boolean> booleanEdges = Gens.booleans().edgeCases();
        int diagonal = Math.max(doubleEdges.size(), booleanEdges.size());
        Set<Object> firstDoubles = new HashSet<>();
        Set<Object> firstBooleans = new HashSet<>();
        for (List<Object> sample : SAMPLES.subList(0, diagonal)) {
            firstDoubles.add(sample.get(0));
            firstBooleans.add(sample.get(1));
        }
        assertEquals(Set.copyOf(doubleEdges), firstDoubles);
        assertEquals(Set.copyOf(booleanEdges), firstBooleans);
    }

    @Test
    void edgeCasesTakeAtMostHalfOfTheTriesAndTheRestIsRandom() {
        FixtureRunner.run(TwoParameters.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        int combinations = DEFAULT_DOUBLES.edgeCases().size() * Gens.booleans().edgeCases().size();
        int edgeTries = Math.min(combinations, TwoParameters.TRIES / 2);
        assertEquals(TwoParameters.TRIES, SAMPLES.size());
        assertEquals(combinations, Set.copyOf(SAMPLES.subList(0, edgeTries)).size());
        SAMPLES.subList(edgeTries, SAMPLES.size())
                .forEach(sample -> assertThat(DEFAULT_DOUBLES.edgeCases()).doesNotContain((Double) sample.get(0)));
    }

    @TestKitOnly
    static class FailsAtZero {

        @Property
        void isNotZero(@ForAll double x) {
            assertNotEquals(0.0, x);
        }
    }

    @TestKitOnly
    static class FailsAtPlus1000 {

        @Property
        void isNot1000(@ForAll double x) {
            assertNotEquals(1000.0, x);
        }
    }

    @TestKitOnly
    static class FailsAtMinus1000 {

        @Property
        void isNotMinus1000(@ForAll double x) {
            assertNotEquals(-1000.0, x);
        }
    }

    @TestKitOnly
    static class FailsOnSingleColumns {

        @Property
        void hasSeveralColumns(@ForAll INDArray x) {
            assertThat(x.columns()).isGreaterThan(1);
        }
    }

    @TestKitOnly
    static class FailsOnTies {

        @Property
        void hasAStrictMaximum(@ForAll INDArray x) {
            double max = x.maxNumber().doubleValue();
            long atMax = Arrays.stream(TensorValues.rowMajor(x)).filter(v -> v == max).count();
            assertThat(x.length() == 1 || atMax == 1).isTrue();
        }
    }

    @TestKitOnly
    static class TwoParameters {

        static final int TRIES = 40;

        @Property(tries = TRIES)
        void recordsItsSamples(@ForAll double x, @ForAll boolean flag) {
            SAMPLES.add(List.of(x, flag));
        }
    }
}
