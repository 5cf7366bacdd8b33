package org.dlcourse.kit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Greedy shrinking and its bounds, on a plain {@link Trial} without JUnit. */
class ShrinkerTests {

    private static final List<GeneratedParameter> ONE_INT = List.of(GeneratedParameter.of("n", int.class, Gens.ints(-1000, 1000)));
    private static final long NO_TIME_LIMIT = Long.MAX_VALUE;

    @Test
    void shrinksToTheBoundaryOfTheFailure() {
        Trial failsAbove41 = arguments -> (int) arguments.get(0) > 41 ? Outcome.failed(new AssertionError()) : Outcome.passed();

        Shrinker.Result result = new Shrinker(ONE_INT, failsAbove41, 1000, NO_TIME_LIMIT, System::nanoTime)
                .shrink(List.of(977), Outcome.failed(new AssertionError()));

        assertEquals(List.of(42), result.arguments());
    }

    @Test
    void keepsTheFailureOfTheShrunkSample() {
        AssertionError shrunkFailure = new AssertionError("at zero");
        Trial alwaysFails = arguments -> Outcome.failed((int) arguments.get(0) == 0 ? shrunkFailure : new AssertionError());

        Shrinker.Result result = new Shrinker(ONE_INT, alwaysFails, 1000, NO_TIME_LIMIT, System::nanoTime)
                .shrink(List.of(500), Outcome.failed(new AssertionError("original")));

        assertEquals(List.of(0), result.arguments());
        assertSame(shrunkFailure, result.failure());
        assertEquals(1, result.steps());
    }

    @Test
    void aDiscardedCandidateIsNotACounterexample() {
        Trial discardsBelow100 = arguments -> (int) arguments.get(0) < 100 ? Outcome.discarded()
                : Outcome.failed(new AssertionError());

        Shrinker.Result result = new Shrinker(ONE_INT, discardsBelow100, 1000, NO_TIME_LIMIT, System::nanoTime)
                .shrink(List.of(977), Outcome.failed(new AssertionError()));

        assertEquals(List.of(100), result.arguments());
    }

    @Test
    void stopsWhenTimeRunsOut() {
        AtomicLong clock = new AtomicLong();
        AtomicInteger runs = new AtomicInteger();
        Trial slowAndAlwaysFailingAboveZero = arguments -> {
            runs.incrementAndGet();
            clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
            return (int) arguments.get(0) > 0 ? Outcome.failed(new AssertionError()) : Outcome.passed();
        };

        new Shrinker(ONE_INT, slowAndAlwaysFailingAboveZero, 1000, TimeUnit.SECONDS.toNanos(5), clock::get)
                .shrink(List.of(977), Outcome.failed(new AssertionError()));

        assertEquals(6, runs.get());
    }
}
