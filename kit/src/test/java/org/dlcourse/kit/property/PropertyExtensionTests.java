package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A property is one JUnit test that runs its method {@code tries} times inside the usual Jupiter lifecycle. */
class PropertyExtensionTests {

    private static final AtomicInteger CALLS = new AtomicInteger();
    private static final AtomicInteger BEFORE = new AtomicInteger();
    private static final AtomicInteger AFTER = new AtomicInteger();
    private static final List<Integer> NON_POSITIVE = new ArrayList<>();
    private static final List<String> SEEN = new ArrayList<>();

    @BeforeEach
    void clear() {
        CALLS.set(0);
        BEFORE.set(0);
        AFTER.set(0);
        NON_POSITIVE.clear();
        SEEN.clear();
    }

    @Test
    void aPassingPropertyRunsExactlyTriesTimesAsOneSuccessfulTest() {
        EngineExecutionResults results = FixtureRunner.run(Passing.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
        assertEquals(Passing.TRIES, CALLS.get());
        assertEquals(Map.of("seed", Long.toString(Seeds.of(Passing.class.getName() + "#countsItsCalls")),
                "tries", Integer.toString(Passing.TRIES), "edgeTries", Integer.toString(edgeTriesOfOneDouble()),
                "discards", "0"), FixtureRunner.onlyReportEntry(results));
    }

    @Test
    void everyPropertyIsOneTestWithOneResult() {
        FixtureRunner.run(ThreeProperties.class).testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
    }

    @Test
    void lifecycleMethodsRunOnceAroundThePropertyAndOtherParametersResolve() {
        FixtureRunner.run(WithLifecycle.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        assertEquals(1, BEFORE.get());
        assertEquals(1, AFTER.get());
        assertEquals(WithLifecycle.TRIES, CALLS.get());
        assertEquals(List.of("seesTheFixture(double, TestInfo)"), SEEN.stream().distinct().toList());
    }

    @Test
    void failedAssumptionsDiscardTheSampleAndAreCounted() {
        EngineExecutionResults results = FixtureRunner.run(WithAssumption.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
        assertThat(NON_POSITIVE).isNotEmpty();
        assertEquals(Integer.toString(NON_POSITIVE.size()), FixtureRunner.onlyReportEntry(results).get("discards"));
        assertEquals(WithAssumption.TRIES, CALLS.get());
    }

    @Test
    void tooManyDiscardsFailTheProperty() {
        Throwable failure = FixtureRunner.onlyFailure(FixtureRunner.run(AssumingTooMuch.class));

        assertThat(failure).isInstanceOf(PropertyDefinitionException.class)
                .hasMessageContaining("AssumingTooMuch#rarelyApplies")
                .hasMessageContaining("discarded");
    }

    @Test
    void aPropertyMayModifyItsArgumentsWithoutChangingTheReportedSample() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(ModifiesItsArgument.class));

        assertEquals(SEEN.get(0), failure.originalSample().substring(failure.originalSample().indexOf(" = ") + 3));
    }

    @Test
    void aParameterWithoutADefaultGeneratorIsADefinitionErrorNamingIt() {
        Throwable failure = FixtureRunner.onlyFailure(FixtureRunner.run(UnknownType.class));

        assertThat(failure).isInstanceOf(PropertyDefinitionException.class)
                .hasMessageContaining("UnknownType#takesAString")
                .hasMessageContaining("(String)")
                .hasMessageContaining("no default generator for String");
    }

    @Test
    void aMissingProviderIsADefinitionErrorNamingIt() {
        Throwable failure = FixtureRunner.onlyFailure(FixtureRunner.run(MissingProvider.class));

        assertThat(failure).isInstanceOf(PropertyDefinitionException.class)
                .hasMessageContaining("MissingProvider#usesAMissingProvider")
                .hasMessageContaining("no method logits()");
    }

    @Test
    void aProviderOfTheWrongTypeIsADefinitionError() {
        Throwable failure = FixtureRunner.onlyFailure(FixtureRunner.run(WrongProviderType.class));

        assertThat(failure).isInstanceOf(PropertyDefinitionException.class)
                .hasMessageContaining("counts() returns Gen<Integer>, which does not fit the parameter type double");
    }

    @Test
    void aRangeOfTheWrongTypeIsADefinitionError() {
        Throwable failure = FixtureRunner.onlyFailure(FixtureRunner.run(WrongRange.class));

        assertThat(failure).isInstanceOf(PropertyDefinitionException.class)
                .hasMessageContaining("@IntRange does not apply to Double");
    }

    @Test
    void fixturesOutsideTheTestKitAreSkippedNotFailed() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(ThreeProperties.class))
                .execute().containerEvents().assertStatistics(stats -> stats.skipped(1));
    }

    private static int edgeTriesOfOneDouble() {
        return Gens.doubles(-1000, 1000).edgeCases().size();
    }

    @TestKitOnly
    static class Passing {

        static final int TRIES = 37;

        @Property(tries = TRIES)
        void countsItsCalls(@ForAll double x) {
            CALLS.incrementAndGet();
        }
    }

    @TestKitOnly
    static class ThreeProperties {

        @Property(tries = 5)
        void squaresAreNonNegative(@ForAll int n) {
            assertTrue(n * n >= 0);
        }

        @Property(tries = 5)
        void absoluteValuesAreNonNegative(@ForAll int n) {
            assertTrue(Math.abs(n) >= 0);
        }

        @Property(tries = 5)
        void everyIntIsLarge(@ForAll int n) {
            assertTrue(n > 5000);
        }
    }

    @TestKitOnly
    static class WithLifecycle {

        static final int TRIES = 12;
        private boolean prepared;

        @BeforeEach
        void prepare() {
            prepared = true;
            BEFORE.incrementAndGet();
        }

        @AfterEach
        void cleanUp() {
            AFTER.incrementAndGet();
        }

        @Property(tries = TRIES)
        void seesTheFixture(@ForAll double x, TestInfo info) {
            assertTrue(prepared);
            CALLS.incrementAndGet();
            SEEN.add(info.getDisplayName());
        }
    }

    @TestKitOnly
    static class WithAssumption {

        static final int TRIES = 60;

        @Property(tries = TRIES)
        void positiveSquaresGrow(@ForAll @IntRange(min = -10, max = 10) int n) {
            CALLS.incrementAndGet();
            if (n <= 0) {
                NON_POSITIVE.add(n);
            }
            assumeTrue(n > 0);
            assertTrue(n * n >= n);
        }
    }

    @TestKitOnly
    static class AssumingTooMuch {

        @Property(maxDiscardRatio = 1)
        void rarelyApplies(@ForAll @IntRange(min = 0, max = 99) int n) {
            assumeTrue(n == 7);
        }
    }

    @TestKitOnly
    static class ModifiesItsArgument {

        @Property
        void addsInPlaceAndFails(@ForAll INDArray x) {
            if (SEEN.isEmpty()) {
                SEEN.add(ValueFormat.show(x));
            }
            x.addi(1);
            fail("always fails");
        }
    }

    @TestKitOnly
    static class UnknownType {

        @Property
        void takesAString(@ForAll String text) {
            assertTrue(text.isEmpty());
        }
    }

    @TestKitOnly
    static class MissingProvider {

        @Property
        void usesAMissingProvider(@ForAll("logits") INDArray x) {
            assertTrue(x.isEmpty());
        }
    }

    @TestKitOnly
    static class WrongProviderType {

        @Property
        void usesACountAsADouble(@ForAll("counts") double x) {
            assertTrue(x > 0);
        }

        Gen<Integer> counts() {
            return Gens.ints(1, 10);
        }
    }

    @TestKitOnly
    static class WrongRange {

        @Property
        void hasAnIntRangeOnADouble(@ForAll @IntRange(min = 0, max = 1) double x) {
            assertTrue(x >= 0);
        }
    }
}
