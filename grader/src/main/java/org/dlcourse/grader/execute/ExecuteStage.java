package org.dlcourse.grader.execute;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlcourse.grader.course.Exercise;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.course.TestDiscovery;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;
import org.dlcourse.grader.runner.RunRequest;
import org.dlcourse.grader.sandbox.Confinement;
import org.dlcourse.grader.sandbox.HostFiles;

/**
 * Runs the planned tests of a submission's exercises in forked JVMs until each test has an outcome.
 *
 * <p>Exercises whose JVMs would be alike ({@link JvmSettings}: the same heap and off-heap memory) share
 * one JVM, which runs them one after the other, each with its own results file, budget and ledger, and its tests and
 * classes in a class loader of its own: ND4J then loads once per submission instead of once per exercise, which was
 * most of a correct submission's grading time. As long
 * as that JVM runs normally, each exercise is graded exactly as in a JVM of its own. When it does not:
 * <ul>
 *   <li>a test that overruns its budget, or an exercise that overruns its own, is a timeout of that test or
 *       exercise, as in a JVM of its own: the clock measured it alone;</li>
 *   <li>a JVM that dies, or whose results file is written to, blames nothing yet: what died with it may be due to
 *       an earlier exercise (its memory, its static state), so the exercise's unfinished tests, the one running
 *       included, run again in a JVM of the exercise's own, which pins the blame as {@link ExerciseExecution#runAlone}
 *       does;</li>
 *   <li>either way, the exercises after it each run in JVMs of their own.</li>
 * </ul>
 * An exercise alone in its group runs in JVMs of its own from the start.
 */
public final class ExecuteStage implements Stage {

    @Override
    public void run(ExerciseRun run) throws IOException, InterruptedException {
        runAll(List.of(run));
    }

    @Override
    public void runAll(List<ExerciseRun> runs) throws IOException, InterruptedException {
        for (List<ExerciseRun> group : JvmSettings.groups(runs)) {
            Optional<TestJvm> warm = Optional.empty();
            for (ExerciseRun run : group) {
                Optional<TestJvm> handed = run.take(TestJvm.class);
                if (warm.isEmpty()) {
                    warm = handed;
                } else {
                    handed.ifPresent(TestJvm::close);
                }
            }
            List<ExerciseExecution> executions = new ArrayList<>();
            for (ExerciseRun run : group) {
                if (run.stopStatus().isEmpty()) {
                    executions.add(new ExerciseExecution(run));
                }
            }
            if (executions.isEmpty()) {
                warm.ifPresent(TestJvm::close);
            } else if (executions.size() == 1) {
                executions.get(0).runAlone(warm);
            } else {
                runShared(executions, warm);
            }
            for (ExerciseExecution execution : executions) {
                execution.record();
            }
        }
    }

    /** Runs {@code executions} in one JVM, {@code warm} if given, until it ends abnormally; the rest run alone. */
    private static void runShared(List<ExerciseExecution> executions, Optional<TestJvm> warm)
            throws IOException, InterruptedException {
        List<RunRequest> requests = new ArrayList<>();
        for (ExerciseExecution execution : executions) {
            requests.add(execution.request());
        }
        // The exercises the shared JVM completed normally, in order; it serves none after the first that did not.
        int completed = 0;
        try (TestJvm jvm = warm.isPresent() ? warm.get()
                : launch(executions.stream().map(ExerciseExecution::run).toList(), 1)) {
            jvm.send(requests);
            for (ExerciseExecution execution : executions) {
                Instant start = Instant.now();
                execution.begin(start);
                Ending ending = execution.supervise(jvm, completed == executions.size() - 1);
                execution.run().spend(Duration.between(start, Instant.now()));
                switch (ending) {
                    case COMPLETED, BACKEND_UNAVAILABLE, TEST_TIMEOUT, EXERCISE_TIMEOUT ->
                            execution.conclude(ending, "");
                    // Rerun alone, where a crash or a tampering is the exercise's own.
                    case DIED, TAMPERED -> { }
                }
                if (ending != Ending.COMPLETED) {
                    break;
                }
                completed++;
            }
            jvm.keepOutput(executions.get(0).run().resultsDirectory(), 1);
        }
        // runAlone does nothing for an exercise already finished (one whose budget ran out, say).
        for (ExerciseExecution execution : executions.subList(completed, executions.size())) {
            execution.runAlone(Optional.empty());
        }
    }

    /**
     * Starts test JVM number {@code number} for {@code runs}, alike in their {@link JvmSettings}, in the first one's
     * run directory; it loads the backend {@linkplain JvmSettings#backend(List) they need} and waits for its
     * requests.
     */
    static TestJvm launch(List<ExerciseRun> runs, int number) throws IOException {
        ExerciseRun first = runs.get(0);
        List<Path> classpath = testJvmClasspath(first.settings().runtimeClasspath());
        String backend = JvmSettings.backend(runs);
        // The machine check located the data set before grading; a JVM whose exercises do not read it never sees it.
        Optional<Path> fashionMnist = runs.stream()
                .anyMatch(run -> run.exercise().datasets().contains(Exercise.FASHION_MNIST))
                ? first.settings().fashionMnist() : Optional.empty();
        return TestJvm.launch(classpath, first.exercise().limits(), first.settings(), backend,
                first.runDirectory(), first.resultsDirectory().resolve("jvm-" + number + ".args"), first.sandbox(),
                confinement(runs, classpath, fashionMnist), fashionMnist);
    }

    /**
     * What a test JVM for {@code runs} may touch: read the Java runtime, its classpath, ND4J's extracted native
     * libraries, the data set the grader located, and each exercise's tests and compiled classes; write each
     * exercise's working and results directories. Nothing else of the file system, the submission or the grader's
     * outputs.
     */
    static Confinement confinement(List<ExerciseRun> runs, List<Path> classpath, Optional<Path> fashionMnist) {
        List<Path> readable = new ArrayList<>(HostFiles.javaRuntime());
        readable.addAll(classpath);
        fashionMnist.ifPresent(readable::add);
        List<Path> writable = new ArrayList<>();
        for (ExerciseRun run : runs) {
            for (String root : roots(run)) {
                readable.add(Path.of(root));
            }
            readable.add(run.classes());
            writable.add(run.runDirectory());
            writable.add(run.resultsDirectory());
        }
        // JavaCPP reads its cache only where it could also write: each sandbox gets a private layer over it.
        return Confinement.of(readable, writable, List.of(HostFiles.javaCppCache()), runs.get(0).runDirectory());
    }

    /** The test roots of the suites requested, public first. */
    static List<String> roots(ExerciseRun run) {
        List<String> roots = new ArrayList<>();
        for (Suite suite : Suite.values()) {
            if (run.settings().suites().contains(suite)) {
                roots.add(run.bundle().tests(suite).toString());
            }
        }
        return roots;
    }

    // The runner and the course only: each exercise's tests and classes are loaded by a class loader of their own,
    // the course's its parent, so a class name of the course always resolves to the course's.
    /** The classpath of a test JVM: the runner's classes, then the course's {@code runtimeClasspath}. */
    static List<Path> testJvmClasspath(List<Path> runtimeClasspath) {
        List<Path> classpath = new ArrayList<>();
        classpath.add(TestDiscovery.runnerClasses());
        classpath.addAll(runtimeClasspath);
        return classpath;
    }
}
