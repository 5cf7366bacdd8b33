package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A seed replays a property exactly; {@code -Ddlcourse.seed} changes the samples of every property. */
class ReplayTests {

    private static final List<Double> SAMPLES = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void clear() {
        SAMPLES.clear();
        System.clearProperty(PropertySeeds.REPLAY_PROPERTY);
    }

    @Test
    void theSameSeedFailsOnTheSameTryWithTheSameCounterexample() {
        PropertyFailure first = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(RareFailure.class));
        PropertyFailure second = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(RareFailure.class));

        assertThat(first.tryNumber()).isGreaterThan(edgeTries());
        assertEquals("x = 901", first.shrunkSample().replaceFirst("^\\w+", "x"));
        assertEquals(first.seed(), second.seed());
        assertEquals(first.tryNumber(), second.tryNumber());
        assertEquals(first.originalSample(), second.originalSample());
        assertEquals(first.shrunkSample(), second.shrunkSample());
    }

    @Test
    void theDefaultSeedIsDerivedFromClassAndMethodName() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(RareFailure.class));

        assertEquals(Seeds.of(RareFailure.class.getName() + "#rarelyBetween900And950"), failure.seed());
    }

    @Test
    void theAnnotatedSeedIsUsed() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(SeededRareFailure.class));

        assertEquals(20240917L, failure.seed());
    }

    @Test
    void theReplayPropertyOverridesEverySeedAndReplaysItsSamples() {
        List<Double> derived = samplesOf(RecordedSamples.class);
        System.setProperty(PropertySeeds.REPLAY_PROPERTY, "42");
        List<Double> replayed = samplesOf(RecordedSamples.class);
        List<Double> replayedAgain = samplesOf(RecordedSamples.class);
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(SeededRareFailure.class));

        assertEquals(replayed, replayedAgain);
        assertNotEquals(derived.subList(edgeTries(), derived.size()), replayed.subList(edgeTries(), replayed.size()));
        assertEquals(derived.subList(0, edgeTries()), replayed.subList(0, edgeTries()));
        assertEquals(42, failure.seed());
    }

    @Test
    void aReportedSeedReplaysTheFailure() {
        PropertyFailure reported = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(RareFailure.class));
        System.setProperty(PropertySeeds.REPLAY_PROPERTY, Long.toString(reported.seed()));
        PropertyFailure replayed = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(RareFailure.class));

        assertEquals(reported.tryNumber(), replayed.tryNumber());
        assertEquals(reported.originalSample(), replayed.originalSample());
    }

    @Test
    void aSeedCopiedFromTheJsonReportAsAQuotedStringReplaysTheFailure() {
        PropertyFailure reported = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(RareFailure.class));
        System.setProperty(PropertySeeds.REPLAY_PROPERTY, " \"" + reported.seed() + "\" ");
        PropertyFailure replayed = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(RareFailure.class));

        assertEquals(reported.seed(), replayed.seed());
        assertEquals(reported.originalSample(), replayed.originalSample());
    }

    @Test
    void aMalformedReplaySeedIsADefinitionError() {
        System.setProperty(PropertySeeds.REPLAY_PROPERTY, "forty-two");

        assertThat(FixtureRunner.onlyFailure(FixtureRunner.run(RecordedSamples.class)))
                .isInstanceOf(PropertyDefinitionException.class)
                .hasMessageContaining("dlcourse.seed");
    }

    private static List<Double> samplesOf(Class<?> fixture) {
        SAMPLES.clear();
        FixtureRunner.run(fixture).testEvents().assertStatistics(stats -> stats.succeeded(1));
        return List.copyOf(SAMPLES);
    }

    /** The number of edge-case tries of a single {@code double} parameter: one per edge case. */
    private static int edgeTries() {
        return Gens.doubles(-1000, 1000).edgeCases().size();
    }

    @TestKitOnly
    static class RecordedSamples {

        @Property(tries = 50)
        void recordsItsSamples(@ForAll double x) {
            SAMPLES.add(x);
        }
    }

    @TestKitOnly
    static class RareFailure {

        /** A random sample lies in (900, 950) with probability 1/40, and no edge case does. */
        @Property(tries = 1000)
        void rarelyBetween900And950(@ForAll double x) {
            assertFalse(x > 900 && x < 950);
        }
    }

    @TestKitOnly
    static class SeededRareFailure {

        @Property(tries = 1000, seed = 20240917L)
        void rarelyBetween900And950(@ForAll double x) {
            assertFalse(x > 900 && x < 950);
        }
    }
}
