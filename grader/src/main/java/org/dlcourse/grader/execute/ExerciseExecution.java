package org.dlcourse.grader.execute;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dlcourse.grader.course.Limits;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.runner.EventSeal;
import org.dlcourse.grader.runner.RunRequest;
import org.dlcourse.grader.runner.RunnerEvent;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.TestStatus;
import org.dlcourse.kit.backend.BackendUnavailableException;

/**
 * The execution of one exercise's tests, across the test JVMs it takes: its {@link TestLedger}, its budget's
 * deadline, and how it ended so far.
 *
 * <p>A JVM either serves this exercise alone ({@link #runAlone}), or several exercises one after the other, this one
 * among them ({@link #request}, {@link #begin}, {@link #supervise}); either way, each JVM it takes is numbered, and
 * its events go to {@code events-<n>.jsonl} in the exercise's results directory.
 */
final class ExerciseExecution {

    /** How often the grader looks at the running JVM's events and clocks. */
    private static final long POLL_MILLIS = 20;

    private final ExerciseRun run;
    private final Limits limits;
    private final TestLedger ledger;
    private Instant deadline;
    private ExerciseStatus status = ExerciseStatus.GRADED;
    private String message = "";
    private int jvms;
    private EventTail events;

    ExerciseExecution(ExerciseRun run) {
        this.run = run;
        this.limits = run.exercise().limits();
        this.ledger = new TestLedger(run.planned(), run.sourceRootLabel());
    }

    /** The exercise. */
    ExerciseRun run() {
        return run;
    }

    /** Whether every planned test has an outcome. */
    boolean finished() {
        return ledger.unfinished().isEmpty();
    }

    /** The request for this exercise's next JVM: every test without an outcome yet, with a fresh results file. */
    RunRequest request() {
        jvms++;
        Path results = run.resultsDirectory().resolve("events-" + jvms + ".jsonl");
        String key = EventSeal.newKey();
        events = new EventTail(results, key);
        return new RunRequest(ExecuteStage.roots(run), ledger.finishedIds(), results.toString(),
                run.classes().toString(), key);
    }

    /**
     * Marks the moment the JVM of the last {@link #request} starts on this exercise; the first such moment starts
     * the exercise's budget.
     */
    void begin(Instant now) {
        if (deadline == null) {
            deadline = now.plus(limits.exerciseBudget());
        }
        ledger.newJvm(now);
    }

    /**
     * Runs the remaining tests in JVMs of this exercise's own until each has an outcome, starting with {@code warm}
     * if given (a JVM already started for this exercise), and charges the exercise the time.
     *
     * <p>When a test overruns its budget, the JVM and its process tree are killed, the test is marked
     * {@code timeout}, and a fresh JVM resumes with the rest; when the JVM dies (out of memory, a crash, an exit),
     * the running test is marked {@code error} and a fresh JVM resumes likewise. Every new JVM thus settles at least
     * one test, or grading of the exercise ends: a JVM that dies before running anything ends it as
     * {@code crashed}, and the exercise's budget running out ends it as {@code timeout}.
     */
    void runAlone(Optional<TestJvm> warm) throws IOException, InterruptedException {
        Instant start = Instant.now();
        Optional<TestJvm> next = warm;
        while (!finished()) {
            RunRequest request = request();
            int settledBefore = settled();
            begin(Instant.now());
            Ending ending;
            String death = "";
            try (TestJvm jvm = next.isPresent() ? next.get() : ExecuteStage.launch(List.of(run), jvms)) {
                next = Optional.empty();
                jvm.send(List.of(request));
                ending = supervise(jvm, true);
                jvm.keepOutput(run.resultsDirectory(), jvms);
                if (ending == Ending.DIED) {
                    death = death(jvm);
                }
            }
            conclude(ending, death);
            // A JVM that settled nothing (it died while starting, or hung with no test to blame) would be followed
            // by another just like it: give up on the rest instead.
            if (settled() == settledBefore && !finished()) {
                message = "the test JVM " + switch (ending) {
                    case DIED -> "crashed";
                    case TAMPERED -> "had its results file written to";
                    default -> "hung";
                } + " before running any test" + (death.isEmpty() ? "" : " (" + death + ")");
                ledger.conclude(ledger.unfinished(), TestStatus.ERROR, "the test did not run: " + message);
                status = ExerciseStatus.CRASHED;
            }
        }
        run.spend(Duration.between(start, Instant.now()));
    }

    private int settled() {
        return run.planned().size() - ledger.unfinished().size();
    }

    /** Why {@code jvm}, which has exited, died: its exit code and last words. */
    static String death(TestJvm jvm) throws InterruptedException {
        String lastWords = jvm.lastWords();
        return "exit code " + jvm.exitCode() + (lastWords.isEmpty() ? "" : ": " + lastWords);
    }

    /**
     * Gives the tests that {@code ending} decides their outcome: after a completed run, those that did not run; the
     * culprit of a timeout, a crash or a tampering; after the exercise's budget, every test left.
     *
     * @param death the exit code and last words of a JVM that {@linkplain Ending#DIED died}, else empty
     * @throws BackendUnavailableException if the JVM could not load the backend
     */
    void conclude(Ending ending, String death) {
        switch (ending) {
            case BACKEND_UNAVAILABLE -> throw new BackendUnavailableException(ledger.backendUnavailable()
                    .orElse("the " + run.settings().backend() + " backend is unavailable"), null);
            case COMPLETED -> {
                ledger.conclude(ledger.unfinishedAndUnplanned(), TestStatus.ERROR, "the test did not run: its"
                        + " class could not be loaded with your classes; check that your public classes and"
                        + " signatures match the handout's");
                ledger.conclude(ledger.unfinished(), TestStatus.ERROR, "the test did not report a result");
            }
            case TEST_TIMEOUT -> ledger.conclude(ledger.culprits(), TestStatus.TIMEOUT, "the test did not finish"
                    + " within its budget of " + limits.testSeconds() + " s; look for an endless loop or far"
                    + " too much work");
            case EXERCISE_TIMEOUT -> {
                ledger.conclude(ledger.culprits(), TestStatus.TIMEOUT, "the test was running when the"
                        + " exercise's budget of " + limits.exerciseSeconds() + " s ran out");
                ledger.conclude(ledger.unfinished(), TestStatus.TIMEOUT, "the test did not run: the exercise's"
                        + " budget of " + limits.exerciseSeconds() + " s ran out before it");
                status = ExerciseStatus.TIMEOUT;
                message = "the exercise's budget of " + limits.exerciseSeconds() + " s ran out";
            }
            case DIED -> ledger.conclude(ledger.culprits(), TestStatus.ERROR, "the test JVM crashed while this"
                    + " test ran (" + death + ")");
            case TAMPERED -> ledger.conclude(ledger.culprits(), TestStatus.ERROR, "the grader's results file was"
                    + " written to while this test ran; nothing it reported after that counts");
        }
    }

    /**
     * Watches {@code jvm} work on this exercise until it ends: killed after a timeout or a tampering, or done with
     * this exercise's tests.
     *
     * @param untilExit whether a completed exercise also waits for the JVM to exit (it has nothing else to run);
     *     otherwise this returns {@link Ending#COMPLETED} as soon as the exercise's last event arrives
     */
    Ending supervise(TestJvm jvm, boolean untilExit) throws IOException, InterruptedException {
        Duration testBudget = limits.testBudget();
        while (true) {
            boolean exited = jvm.waitFor(POLL_MILLIS);
            Instant now = Instant.now();
            for (RunnerEvent event : events.read()) {
                if (event.type() == RunnerEvent.Type.ENVIRONMENT) {
                    run.environment(event.environment());
                }
                ledger.accept(event, now);
            }
            if (events.tampered()) {
                jvm.kill();
                return Ending.TAMPERED;
            }
            if (ledger.done() && (exited || !untilExit)) {
                return Ending.COMPLETED;
            }
            if (exited) {
                return ledger.backendUnavailable().isPresent() ? Ending.BACKEND_UNAVAILABLE : Ending.DIED;
            }
            // Before the plan starts, the JVM loads ND4J and discovers tests: only the exercise's budget applies.
            boolean testOverran = ledger.planSeen() && ledger.overran(testBudget, now);
            if (testOverran || now.isAfter(deadline)) {
                jvm.kill();
                for (RunnerEvent event : events.read()) {
                    ledger.accept(event, now);
                }
                return testOverran ? Ending.TEST_TIMEOUT : Ending.EXERCISE_TIMEOUT;
            }
        }
    }

    /** Records every test's outcome and how the execution ended in the run. */
    void record() {
        run.executed(ledger.outcomes(), status, message);
    }
}
