package org.dlcourse.grader.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dlcourse.grader.compile.CompilerDiagnostic;
import org.dlcourse.grader.course.Exercise;
import org.dlcourse.grader.course.ExerciseBundle;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.policy.PolicyViolation;
import org.dlcourse.grader.sandbox.Sandbox;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.kit.backend.BackendInfo;

/**
 * One exercise on its way through the pipeline: what it starts from, and what each stage has found so far.
 *
 * <p>Its own workspace directory holds {@code src/} (the copied sources), {@code classes/}, {@code compiler/} (the
 * compiler JVM's working directory), {@code run/} (the test JVM's) and {@code results/} (event files and captured
 * output), nothing else.
 */
public final class ExerciseRun implements AutoCloseable {

    private final ExerciseBundle bundle;
    private final Exercise exercise;
    private final Path submission;
    private final Path directory;
    private final List<GradedTest> planned;
    private final RunSettings settings;
    private Duration spent = Duration.ZERO;

    private ExerciseStatus stopStatus;
    private String stopMessage = "";
    private List<CompilerDiagnostic> diagnostics = List.of();
    private List<PolicyViolation> violations = List.of();
    private List<TestOutcome> outcomes = List.of();
    private ExerciseStatus executionStatus = ExerciseStatus.GRADED;
    private String executionMessage = "";
    private BackendInfo environment;
    private ExerciseResult result;
    private Sandbox sandbox;
    private final Map<Class<?>, Closeable> resources = new LinkedHashMap<>();

    /**
     * A run of {@code exercise} (the bundle's descriptor, possibly with other limits) on the submission.
     *
     * @param submission the submission's root directory, holding {@code <id>/src/main/java}
     * @param directory this exercise's workspace directory, empty
     * @param planned the graded tests to run, from the instructor's artifacts
     */
    public ExerciseRun(ExerciseBundle bundle, Exercise exercise, Path submission, Path directory,
                       List<GradedTest> planned, RunSettings settings) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.exercise = Objects.requireNonNull(exercise, "exercise");
        this.submission = Objects.requireNonNull(submission, "submission");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.planned = List.copyOf(planned);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The instructor artifacts. */
    public ExerciseBundle bundle() {
        return bundle;
    }

    /** The exercise, with the limits in force for this run. */
    public Exercise exercise() {
        return exercise;
    }

    /** The submission's root directory. */
    public Path submission() {
        return submission;
    }

    /** The exercise's main sources in the submission: {@code <submission>/<id>/src/main/java}. */
    public Path submittedSources() {
        return submission.resolve(exercise.id()).resolve("src/main/java");
    }

    /** The sources' path as the student sees it, relative to the submission: {@code <id>/src/main/java}. */
    public String sourceRootLabel() {
        return exercise.id() + "/src/main/java";
    }

    /** The copied sources. */
    public Path sources() {
        return directory.resolve("src");
    }

    /** The compiled classes. */
    public Path classes() {
        return directory.resolve("classes");
    }

    /** The compiler JVM's working and temporary directory. */
    public Path compilerDirectory() {
        return directory.resolve("compiler");
    }

    /** The test JVM's working directory. */
    public Path runDirectory() {
        return directory.resolve("run");
    }

    /** Event files and captured output of the test JVMs. */
    public Path resultsDirectory() {
        return directory.resolve("results");
    }

    /** The graded tests to run. */
    public List<GradedTest> planned() {
        return planned;
    }

    /** What the whole grading run shares. */
    public RunSettings settings() {
        return settings;
    }

    /** Records the sandbox every process touching this exercise's code runs in. */
    public void sandbox(Sandbox chosen) {
        this.sandbox = Objects.requireNonNull(chosen, "sandbox");
    }

    /**
     * The sandbox every process touching this exercise's code runs in.
     *
     * @throws IllegalStateException if no stage has chosen one yet
     */
    public Sandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("no sandbox chosen for " + exercise.id());
        }
        return sandbox;
    }

    /** Stops the exercise: the stages that follow are skipped, except scoring. */
    public void stop(ExerciseStatus status, String message) {
        this.stopStatus = Objects.requireNonNull(status, "status");
        this.stopMessage = Objects.requireNonNull(message, "message");
    }

    /** Why the exercise was stopped, if it was. */
    public Optional<ExerciseStatus> stopStatus() {
        return Optional.ofNullable(stopStatus);
    }

    /** The message of the stop, empty if none. */
    public String stopMessage() {
        return stopMessage;
    }

    /** Records the compiler errors. */
    public void diagnostics(List<CompilerDiagnostic> found) {
        this.diagnostics = List.copyOf(found);
    }

    /** The compiler errors found. */
    public List<CompilerDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** Records the policy violations. */
    public void violations(List<PolicyViolation> found) {
        this.violations = List.copyOf(found);
    }

    /** The policy violations found. */
    public List<PolicyViolation> violations() {
        return violations;
    }

    /**
     * Records the execution's outcomes and how it ended: {@code GRADED}, or {@code TIMEOUT} / {@code CRASHED}
     * with a message.
     */
    public void executed(List<TestOutcome> found, ExerciseStatus status, String message) {
        this.outcomes = List.copyOf(found);
        this.executionStatus = Objects.requireNonNull(status, "status");
        this.executionMessage = Objects.requireNonNull(message, "message");
    }

    /** The outcomes of the tests that ran (or were given up on). */
    public List<TestOutcome> outcomes() {
        return outcomes;
    }

    /** How execution ended. */
    public ExerciseStatus executionStatus() {
        return executionStatus;
    }

    /** The message of the execution's end, empty if it ended normally. */
    public String executionMessage() {
        return executionMessage;
    }

    /** Records the backend the test JVM reported. */
    public void environment(BackendInfo info) {
        if (environment == null) {
            this.environment = info;
        }
    }

    /** The backend the first test JVM reported, if any JVM loaded ND4J. */
    public Optional<BackendInfo> environment() {
        return Optional.ofNullable(environment);
    }

    /** Records the final result. */
    public void result(ExerciseResult graded) {
        this.result = Objects.requireNonNull(graded, "result");
    }

    /** The final result, once scored. */
    public Optional<ExerciseResult> result() {
        return Optional.ofNullable(result);
    }

    /** Hands {@code resource} (a test JVM started early, say) to a later stage; closed with the run if not taken. */
    public <T extends Closeable> void hand(Class<T> type, T resource) {
        Closeable previous = resources.put(type, Objects.requireNonNull(resource, "resource"));
        if (previous != null) {
            throw new IllegalStateException("a " + type.getSimpleName() + " was already handed on");
        }
    }

    /** Takes the resource of {@code type} handed on by an earlier stage, if any; the taker closes it. */
    public <T extends Closeable> Optional<T> take(Class<T> type) {
        return Optional.ofNullable(type.cast(resources.remove(type)));
    }

    /** Closes the resources no stage took, e.g. a test JVM started for an exercise that did not compile. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable resource : resources.values()) {
            try {
                resource.close();
            } catch (IOException failure) {
                if (first == null) {
                    first = failure;
                } else {
                    first.addSuppressed(failure);
                }
            }
        }
        resources.clear();
        if (first != null) {
            throw first;
        }
    }

    /** Charges this exercise {@code time} spent on it by a stage. */
    public void spend(Duration time) {
        spent = spent.plus(time);
    }

    /** The time the stages have spent on this exercise so far; a test JVM shared with others counts only its share. */
    public Duration elapsed() {
        return spent;
    }
}
