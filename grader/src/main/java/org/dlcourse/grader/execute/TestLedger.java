package org.dlcourse.grader.execute;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.runner.RunnerEvent;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;

/**
 * The outcome of each planned test so far, built from the events of one or more test JVMs, and what the current
 * JVM is doing: which test runs since when, or how long it has been silent.
 *
 * <p>A graded test's outcome is its own node's result combined with its dynamic invocations' (the first
 * invocation that does not pass decides); a failing container (a {@code @BeforeAll}, a class that does not load)
 * gives its failure to each of its tests that has no outcome yet.
 */
final class TestLedger {

    private final List<GradedTest> planned;
    private final String sourceRoot;
    private final Map<String, TestOutcome> outcomes = new LinkedHashMap<>();
    private final Map<String, TestOutcome> firstFailureOfInvocations = new LinkedHashMap<>();

    // The current JVM.
    private final Set<String> plannedInJvm = new HashSet<>();
    private final LinkedHashMap<String, Instant> runningNodes = new LinkedHashMap<>();
    private boolean planSeen;
    private boolean done;
    private String backendUnavailable;
    private GradedTest runningTest;
    private Instant runningSince;
    private Instant lastEvent;

    /**
     * A ledger of {@code planned}.
     *
     * @param sourceRoot the student's source root as the report names it, {@code <id>/src/main/java}, to which
     *     the locations of failures are relative
     */
    TestLedger(List<GradedTest> planned, String sourceRoot) {
        this.planned = List.copyOf(planned);
        this.sourceRoot = sourceRoot;
    }

    /** Forgets the state of the previous JVM, keeping the outcomes. */
    void newJvm(Instant now) {
        plannedInJvm.clear();
        runningNodes.clear();
        planSeen = false;
        done = false;
        runningTest = null;
        runningSince = null;
        lastEvent = now;
    }

    /** Takes in one event of the current JVM, received at {@code now}. */
    void accept(RunnerEvent event, Instant now) {
        lastEvent = now;
        switch (event.type()) {
            case ENVIRONMENT -> { }
            case BACKEND_UNAVAILABLE -> backendUnavailable = event.message();
            case PLANNED -> {
                planSeen = true;
                plannedInJvm.add(event.id());
            }
            case STARTED -> started(event.id(), now);
            case FINISHED -> finished(event);
            case SKIPPED -> skipped(event);
            case DONE -> done = true;
        }
    }

    private void started(String id, Instant now) {
        planSeen = true;
        runningNodes.put(id, now);
        coveringTest(id).filter(test -> test.id().equals(id)).ifPresent(test -> {
            runningTest = test;
            runningSince = now;
        });
    }

    private void finished(RunnerEvent event) {
        String id = event.id();
        runningNodes.remove(id);
        Optional<GradedTest> covering = coveringTest(id);
        if (covering.isPresent()) {
            GradedTest test = covering.get();
            if (outcomes.containsKey(test.id())) {
                return;
            }
            TestOutcome outcome = outcome(test, event);
            if (test.id().equals(id)) {
                TestOutcome invocations = firstFailureOfInvocations.remove(test.id());
                outcomes.put(test.id(), outcome.status() == TestStatus.PASSED && invocations != null
                        ? invocations : outcome);
                if (runningTest != null && runningTest.id().equals(id)) {
                    runningTest = null;
                    runningSince = null;
                }
            } else if (outcome.status() != TestStatus.PASSED) {
                firstFailureOfInvocations.putIfAbsent(test.id(), outcome);
            }
            return;
        }
        if (!"passed".equals(event.status())) {
            for (GradedTest test : unfinishedUnder(id)) {
                TestOutcome containerFailure = outcome(test, event);
                outcomes.put(test.id(), new TestOutcome(test, containerFailure.status(),
                        "its test class failed before it could run: " + containerFailure.message(),
                        containerFailure.seed(), containerFailure.counterexample()));
            }
        }
    }

    private void skipped(RunnerEvent event) {
        String id = event.id();
        Optional<GradedTest> covering = coveringTest(id);
        List<GradedTest> affected = covering.map(test -> test.id().equals(id) ? List.of(test) : List.<GradedTest>of())
                .orElseGet(() -> unfinishedUnder(id));
        for (GradedTest test : affected) {
            outcomes.putIfAbsent(test.id(), TestOutcome.of(test, TestStatus.ERROR,
                    "the test was skipped: " + (event.message() == null ? "no reason given" : event.message())));
        }
    }

    private TestOutcome outcome(GradedTest test, RunnerEvent event) {
        String status = event.status() == null ? "error" : event.status();
        String message = event.message() == null ? "" : event.message();
        if (event.location() != null) {
            message = message + " (at " + sourceRoot + "/" + event.location() + ")";
        }
        TestOutcome outcome = switch (status) {
            case "passed" -> TestOutcome.passed(test);
            case "failed" -> new TestOutcome(test, TestStatus.FAILED, message, event.seed(), event.counterexample());
            case "aborted" -> TestOutcome.of(test, TestStatus.ERROR, "the test was aborted: " + message);
            default -> TestOutcome.of(test, TestStatus.ERROR, message);
        };
        return event.elapsedMillis() == null ? outcome : outcome.withElapsed(Duration.ofMillis(event.elapsedMillis()));
    }

    private Optional<GradedTest> coveringTest(String nodeId) {
        return planned.stream().filter(test -> test.covers(nodeId)).findFirst();
    }

    private List<GradedTest> unfinishedUnder(String containerId) {
        return planned.stream().filter(test -> test.isUnder(containerId) && !outcomes.containsKey(test.id()))
                .toList();
    }

    /** Whether the current JVM has reported its test plan or started running. */
    boolean planSeen() {
        return planSeen;
    }

    /** Whether the current JVM reported that every test has finished. */
    boolean done() {
        return done;
    }

    /** Why the current JVM could not use the backend, if it said so. */
    Optional<String> backendUnavailable() {
        return Optional.ofNullable(backendUnavailable);
    }

    /**
     * Whether the current JVM has overrun {@code budget}: the running test for longer than that since it started,
     * or, between tests (a class's setup, say), silent for longer than that since its last event.
     */
    boolean overran(Duration budget, Instant now) {
        Instant since = runningTest != null ? runningSince : lastEvent;
        return since != null && Duration.between(since, now).compareTo(budget) > 0;
    }

    /**
     * The tests to blame for the current JVM's end: the running test, or else every unfinished test under the
     * innermost node still running (a class stuck in its setup); empty if nothing was running.
     */
    List<GradedTest> culprits() {
        if (runningTest != null) {
            return List.of(runningTest);
        }
        List<String> nodes = new ArrayList<>(runningNodes.keySet());
        for (int i = nodes.size() - 1; i >= 0; i--) {
            List<GradedTest> under = unfinishedUnder(nodes.get(i));
            if (!under.isEmpty()) {
                return under;
            }
        }
        return List.of();
    }

    /** Gives {@code tests} that have no outcome yet the outcome {@code status} with {@code message}. */
    void conclude(List<GradedTest> tests, TestStatus status, String message) {
        for (GradedTest test : tests) {
            outcomes.putIfAbsent(test.id(), TestOutcome.of(test, status, message));
        }
    }

    /** The planned tests without an outcome, in plan order. */
    List<GradedTest> unfinished() {
        return planned.stream().filter(test -> !outcomes.containsKey(test.id())).toList();
    }

    /** The unfinished tests that the current JVM did not even plan: their class did not load with the student's. */
    List<GradedTest> unfinishedAndUnplanned() {
        return unfinished().stream().filter(test -> !plannedInJvm.contains(test.id())).toList();
    }

    /** The ids of tests that have an outcome, which a resumed JVM must not run again. */
    List<String> finishedIds() {
        return List.copyOf(outcomes.keySet());
    }

    /** Every planned test's outcome, in plan order; only once none is {@linkplain #unfinished() unfinished}. */
    List<TestOutcome> outcomes() {
        return planned.stream().map(test -> outcomes.get(test.id())).toList();
    }
}
