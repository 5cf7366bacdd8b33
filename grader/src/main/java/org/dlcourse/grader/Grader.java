package org.dlcourse.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dlcourse.grader.compile.CompileStage;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.Exercise;
import org.dlcourse.grader.course.ExerciseBundle;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.course.TestDiscovery;
import org.dlcourse.grader.execute.ExecuteStage;
import org.dlcourse.grader.execute.MachineCheck;
import org.dlcourse.grader.execute.WarmUpStage;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.GradingPipeline;
import org.dlcourse.grader.pipeline.RunSettings;
import org.dlcourse.grader.policy.BaseDenylist;
import org.dlcourse.grader.policy.CourseAllowlist;
import org.dlcourse.grader.policy.PolicyStage;
import org.dlcourse.grader.report.Environment;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.sandbox.Sandbox;
import org.dlcourse.grader.sandbox.SandboxStage;
import org.dlcourse.grader.sandbox.Sandboxes;
import org.dlcourse.grader.sandbox.Unconfined;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ScoreStage;
import org.dlcourse.grader.workspace.Workspace;
import org.dlcourse.grader.workspace.WorkspaceStage;
import org.dlcourse.kit.backend.BackendInfo;
import org.dlcourse.kit.backend.BackendUnavailableException;
import org.dlcourse.kit.bytecode.CallRule;

/**
 * Grades submissions against a course: the library's entry point.
 *
 * <pre>{@code
 * Grader grader = new Grader(Course.load(Course.defaultLocation()));
 * Report report = grader.grade(GradeRequest.of(Path.of("exercises")).withSeed(42L));
 * System.out.print(JsonReport.render(report));
 * }</pre>
 */
public final class Grader {

    private final Course course;
    private final TestDiscovery discovery;
    private final GradingPipeline pipeline;
    private final Supplier<Sandbox> sandbox;
    private final MachineCheck machine;

    /** A grader for {@code course} with the standard policy: {@link BaseDenylist} and {@link CourseAllowlist}. */
    public Grader(Course course) {
        this(course, BaseDenylist.rules(), CourseAllowlist.rules());
    }

    /**
     * A grader for {@code course} whose policy has {@code baseRules} instead of {@link BaseDenylist#rules()}
     * besides each exercise's forbidden calls, and no allowlist; tests use it to show what happens when a forbidden
     * call runs.
     */
    public Grader(Course course, List<CallRule> baseRules) {
        this(course, baseRules, List.of());
    }

    private Grader(Course course, List<CallRule> baseRules, List<CallRule> allowed) {
        this(course, new TestDiscovery(course), pipeline(baseRules, allowed), Sandboxes::bubblewrap,
                MachineCheck.ofThisMachine());
    }

    private Grader(Course course, TestDiscovery discovery, GradingPipeline pipeline, Supplier<Sandbox> sandbox,
                   MachineCheck machine) {
        this.course = course;
        this.discovery = discovery;
        this.pipeline = pipeline;
        this.sandbox = sandbox;
        this.machine = machine;
    }

    /**
     * This grader with {@code other} as the sandbox of code that is not the course's own, instead of this machine's
     * bubblewrap; tests use it to grade where the sandbox is unavailable.
     */
    public Grader withSandbox(Sandbox other) {
        return new Grader(course, discovery, pipeline, () -> other, machine);
    }

    /**
     * This grader with {@code other} as what it checks this machine for before grading; tests use it to grade on a
     * machine without Fashion-MNIST or without space.
     */
    public Grader withMachineCheck(MachineCheck other) {
        return new Grader(course, discovery, pipeline, sandbox, other);
    }

    /**
     * Makes this machine ready to grade {@code exerciseIds} (all if empty) on {@code backend}, as {@link #grade}
     * does first; a batch calls it once before grading anybody, so that a machine fault records nothing.
     *
     * @throws MachineNotReadyException if Fashion-MNIST cannot be found nor downloaded, or disk space is short
     * @throws BackendUnavailableException if ND4J does not load on {@code backend}
     * @throws UnknownExerciseException if an id is not an exercise of the course
     */
    public void prepareMachine(List<String> exerciseIds, String backend) throws IOException {
        List<ExerciseBundle> selected = select(exerciseIds);
        requireBackend(backend, selected);
        machine.prepare(selected.stream().map(ExerciseBundle::exercise).toList(), course.runtimeClasspath(), backend);
    }

    /** The grading pipeline with {@code baseRules} and no allowlist; see {@link #pipeline(List, List)}. */
    public static GradingPipeline pipeline(List<CallRule> baseRules) {
        return pipeline(baseRules, List.of());
    }

    /**
     * The grading pipeline, in order. Each step's comment says why it comes where it does.
     *
     * @param baseRules the policy's explicit denials besides each exercise's forbidden calls
     * @param allowed the APIs student code may use besides its own classes; empty for no allowlist
     */
    public static GradingPipeline pipeline(List<CallRule> baseRules, List<CallRule> allowed) {
        return new GradingPipeline(List.of(
                // 1. Workspace first: every later step sees a private copy of the submission's main sources only,
                //    never its tests, resources or build files, so nothing but the student's code takes part.
                new WorkspaceStage(),
                // 2. The sandbox next, before any process starts: none for the course's own sources (recognised on
                //    the copies, which are what runs), else bubblewrap, or no grading at all where it is missing.
                new SandboxStage(),
                // 3. Warm up after the workspace exists and before compiling: the first test JVM loads ND4J while
                //    the code compiles and is checked. It receives its tests only in step 6, and nothing of the
                //    student's is on its classpath: the runner loads the tests and classes the request names.
                new WarmUpStage(),
                // 4. Compile before the policy: the policy reads bytecode. A compile error stops this exercise only.
                new CompileStage(),
                // 5. Policy before execution: forbidden code must not run even once, not even in a test JVM.
                new PolicyStage(baseRules, allowed),
                // 6. Execute only code that compiled and passed the policy, in forked, limited JVMs.
                new ExecuteStage(),
                // 7. Score last, and even after a stop: the maximum comes from the planned tests, so an exercise
                //    that never ran still reports 0 of its maximum.
                new ScoreStage()));
        // 8. Report: once every exercise is scored, grade() assembles the Report; rendering is the caller's.
    }

    /** The course graded against. */
    public Course course() {
        return course;
    }

    /**
     * The graded tests of {@code bundle}'s {@code suites}, planned from the instructor's artifacts alone.
     *
     * @throws CourseUnavailableException if the tests cannot be discovered
     */
    public List<GradedTest> plan(ExerciseBundle bundle, Set<Suite> suites) {
        return discovery.plan(bundle, suites);
    }

    /**
     * Grades {@code request}. Each stage runs on every exercise in turn; exercises whose test JVMs would be alike
     * share one, and a crash or hang in it costs only the exercise concerned (see {@link ExecuteStage}).
     *
     * @throws SubmissionUnusableException if the submission does not exist or holds none of the exercises
     * @throws UnknownExerciseException if the request names an exercise the course does not have
     * @throws BackendUnavailableException if the requested ND4J backend cannot be used
     * @throws MachineNotReadyException if an exercise in the submission reads Fashion-MNIST and it cannot be found
     *     nor downloaded, or disk space is short: the machine's fault, so nothing is graded
     * @throws CourseUnavailableException if the course's tests cannot be discovered
     * @throws org.dlcourse.grader.sandbox.SandboxUnavailableException if the submission is not the course's own
     *     code and the sandbox is required but unavailable
     */
    public Report grade(GradeRequest request) throws IOException, InterruptedException {
        Instant start = Instant.now();
        List<ExerciseBundle> selected = select(request.exercises());
        if (!Files.isDirectory(request.submission())) {
            throw new SubmissionUnusableException("submission not found: " + request.submission()
                    + " is not a directory");
        }
        if (selected.stream().noneMatch(bundle -> Files.isDirectory(
                request.submission().resolve(bundle.id()).resolve("src/main/java")))) {
            throw new SubmissionUnusableException("no exercise modules in " + request.submission() + ": expected "
                    + String.join(" or ", selected.stream().map(bundle -> bundle.id() + "/src/main/java").toList()));
        }
        requireBackend(request.backend(), selected);
        // Only what the exercises handed in need: a class that has not started 02 is graded without its data set.
        List<Exercise> present = selected.stream()
                .filter(bundle -> Files.isDirectory(request.submission().resolve(bundle.id())))
                .map(ExerciseBundle::exercise)
                .toList();
        Optional<Path> fashionMnist = machine.prepare(present, course.runtimeClasspath(), request.backend());
        Sandbox chosen = request.sandboxed() ? sandbox.get() : Unconfined.BY_REQUEST;
        List<ExerciseResult> results;
        BackendInfo loaded = null;
        String sandbox = "";
        try (Workspace workspace = Workspace.create()) {
            List<ExerciseRun> runs = new ArrayList<>();
            for (ExerciseBundle bundle : selected) {
                RunSettings settings = new RunSettings(course.runtimeClasspath(), request.backend(),
                        request.seeds().seedOf(bundle.id()), request.suites(), request.replays(), chosen,
                        fashionMnist);
                runs.add(new ExerciseRun(bundle, withBudgets(bundle.exercise(), request), request.submission(),
                        workspace.exerciseDirectory(bundle.id()), discovery.plan(bundle, request.suites()), settings));
            }
            results = pipeline.grade(runs);
            sandbox = runs.get(0).sandbox().description();
            for (ExerciseRun run : runs) {
                if (loaded == null) {
                    loaded = run.environment().orElse(null);
                }
            }
        }
        return new Report(GraderVersion.current(), request.seeds().all(), request.suitesLabel(),
                Environment.of(request.backend(), loaded, sandbox), results, Duration.between(start, Instant.now()));
    }

    private List<ExerciseBundle> select(List<String> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return course.exercises();
        }
        List<ExerciseBundle> selected = new ArrayList<>();
        for (String id : exerciseIds.stream().distinct().sorted().toList()) {
            selected.add(course.exercise(id).orElseThrow(() -> UnknownExerciseException.of(id, course.exerciseIds())));
        }
        return selected;
    }

    // The test JVM checks the backend too; this catches the common mismatch before starting any JVM.
    private void requireBackend(String backend, List<ExerciseBundle> selected) {
        boolean needsNd4j = selected.stream().anyMatch(bundle -> bundle.exercise().usesNd4j());
        if (needsNd4j && !backend.equals(course.backend())) {
            throw new BackendUnavailableException("the " + backend + " backend is not available: this"
                    + " grader was built with the " + course.backend() + " backend"
                    + ("cuda".equals(backend) ? "; rebuild it with -Pcuda to grade on the GPU" : ""),
                    null);
        }
    }

    private static Exercise withBudgets(Exercise exercise, GradeRequest request) {
        if (request.testBudget() == null && request.exerciseBudget() == null) {
            return exercise;
        }
        return exercise.withLimits(exercise.limits().withBudgets(
                request.testBudget() != null ? request.testBudget() : exercise.limits().testBudget(),
                request.exerciseBudget() != null ? request.exerciseBudget() : exercise.limits().exerciseBudget()));
    }
}
