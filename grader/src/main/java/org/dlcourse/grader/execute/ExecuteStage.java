package org.dlcourse.grader.execute;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlcourse.grader.course.Exercise;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.course.Limits;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.course.TestDiscovery;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;
import org.dlcourse.grader.runner.EventSeal;
import org.dlcourse.grader.runner.ForkedTestRunner;
import org.dlcourse.grader.runner.RunRequest;
import org.dlcourse.grader.runner.RunnerEvent;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.TestStatus;
import org.dlcourse.kit.backend.BackendUnavailableException;

/**
 * Runs the planned tests in forked JVMs until each has an outcome.
 *
 * <p>Each JVM runs every test that has no outcome yet. When a test overruns its budget, the JVM and its process
 * tree are killed, the test is marked {@code timeout}, and a fresh JVM resumes with the rest; when the JVM dies
 * (out of memory, a crash, an exit), the running test is marked {@code error} and a fresh JVM resumes likewise.
 * Every new JVM thus settles at least one test, or grading of the exercise ends: a JVM that dies before running
 * anything ends it as {@code crashed}, and the exercise's budget running out ends it as {@code timeout}.
 *
 * @see TestLedger
 */
public final class ExecuteStage implements Stage {

    /** How often the grader looks at the running JVM's events and clocks. */
    private static final long POLL_MILLIS = 20;

    @Override
    public void run(ExerciseRun run) throws IOException, InterruptedException {
        Exercise exercise = run.exercise();
        Limits limits = exercise.limits();
        Instant deadline = Instant.now().plus(limits.exerciseBudget());
        TestLedger ledger = new TestLedger(run.planned(), run.sourceRootLabel());
        ExerciseStatus status = ExerciseStatus.GRADED;
        String message = "";
        for (int fork = 1; !ledger.unfinished().isEmpty(); fork++) {
            Path results = run.resultsDirectory().resolve("events-" + fork + ".jsonl");
            String key = EventSeal.newKey();
            RunRequest request = new RunRequest(roots(run), ledger.finishedIds(), results.toString(),
                    run.classes().toString(), key);
            int settledBefore = run.planned().size() - ledger.unfinished().size();
            ledger.newJvm(Instant.now());
            Ending ending;
            String death = "";
            Optional<TestJvm> warm = fork == 1 ? run.take(TestJvm.class) : Optional.empty();
            try (TestJvm jvm = warm.isPresent() ? warm.get() : launch(run, fork)) {
                jvm.send(request);
                ending = supervise(jvm, new EventTail(results, key), ledger, run, limits.testBudget(), deadline);
                jvm.keepOutput(run.resultsDirectory(), fork);
                if (ending == Ending.DIED) {
                    String lastWords = jvm.lastWords();
                    death = "exit code " + jvm.exitCode() + (lastWords.isEmpty() ? "" : ": " + lastWords);
                }
            }
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
            // A JVM that settled nothing (it died while starting, or hung with no test to blame) would be followed
            // by another just like it: give up on the rest instead.
            boolean settledNothing = run.planned().size() - ledger.unfinished().size() == settledBefore;
            if (settledNothing && !ledger.unfinished().isEmpty()) {
                message = "the test JVM " + switch (ending) {
                    case DIED -> "crashed";
                    case TAMPERED -> "had its results file written to";
                    default -> "hung";
                } + " before running any test"
                        + (death.isEmpty() ? "" : " (" + death + ")");
                ledger.conclude(ledger.unfinished(), TestStatus.ERROR, "the test did not run: " + message);
                status = ExerciseStatus.CRASHED;
            }
        }
        run.executed(ledger.outcomes(), status, message);
    }

    /** How one JVM ended. */
    private enum Ending {
        COMPLETED, BACKEND_UNAVAILABLE, TEST_TIMEOUT, EXERCISE_TIMEOUT, DIED, TAMPERED
    }

    private static Ending supervise(TestJvm jvm, EventTail events, TestLedger ledger, ExerciseRun run,
                                    Duration testBudget, Instant deadline) throws IOException, InterruptedException {
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
            if (exited) {
                if (ledger.done()) {
                    return Ending.COMPLETED;
                }
                return ledger.backendUnavailable().isPresent() ? Ending.BACKEND_UNAVAILABLE : Ending.DIED;
            }
            // Before the plan starts, the JVM is loading ND4J and discovering tests: only the exercise's budget applies.
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

    /** Starts the test JVM number {@code fork} of {@code run}, which loads the backend and waits for its request. */
    static TestJvm launch(ExerciseRun run, int fork) throws IOException {
        String backend = run.exercise().usesNd4j() ? run.settings().backend() : ForkedTestRunner.NO_BACKEND;
        return TestJvm.launch(classpath(run), run.exercise().limits(), run.settings().seed(), backend,
                run.runDirectory(), run.resultsDirectory().resolve("jvm-" + fork + ".args"));
    }

    /** The test roots of the suites requested, public first. */
    private static List<String> roots(ExerciseRun run) {
        List<String> roots = new ArrayList<>();
        for (Suite suite : Suite.values()) {
            if (run.settings().suites().contains(suite)) {
                roots.add(run.bundle().tests(suite).toString());
            }
        }
        return roots;
    }

    // Runner first and student classes last: a class name already on the classpath always resolves to the course's.
    private static List<Path> classpath(ExerciseRun run) {
        List<Path> classpath = new ArrayList<>();
        classpath.add(TestDiscovery.runnerClasses());
        classpath.addAll(run.settings().runtimeClasspath());
        for (String root : roots(run)) {
            classpath.add(Path.of(root));
        }
        classpath.add(run.classes());
        return classpath;
    }
}
