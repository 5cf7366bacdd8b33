package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.ExerciseBundle;
import org.dlcourse.grader.course.Limits;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an exercise leaves behind in the test JVM it shares with the exercises after it: the JVM is put back between
 * exercises, or ended once the exercise has reported so that the rest run in fresh JVMs, and the exercises after it
 * keep the outcomes they have alone.
 *
 * <p>The hostile exercise is 01-softmax, whose {@code CrossEntropy.gradient} does something more first (a public test
 * calls it); after it, in the same JVM, come the reference solutions of 08-equivariance, which allocates ND4J arrays
 * on the same runner thread, and of the pure-Java fixture 91-strings, given the course's memory limits so that it
 * shares the JVM too; public tests only, to keep it fast. What 01-softmax leaves: an ND4J workspace active on the
 * runner thread, a task looping in the common pool, a chain of finalizers; the last two note in a file whether they
 * ever ran while another exercise did. The grader's policy has no base denials here
 * ({@code new Grader(course, List.of())}), as a student who got past it would have it: what is tested is the
 * runner's own defence.
 */
class ExerciseLeftoversTests {

    private static final String SOFTMAX = "01-softmax";
    private static final String EQUIVARIANCE = "08-equivariance";
    private static final String STRINGS = "91-strings";
    private static final String GRADIENT = "public static INDArray gradient(INDArray logits, int[] labels) {\n";
    private static final Duration TEST_BUDGET = Duration.ofSeconds(20);
    private static final Duration EXERCISE_BUDGET = Duration.ofSeconds(120);

    @TempDir
    static Path shared;

    private static Course course;

    @TempDir
    Path submission;

    @BeforeAll
    static void buildTheCourse() throws IOException {
        Course real = Fixtures.realCourse();
        ExerciseBundle softmax = real.exercise(SOFTMAX).orElseThrow();
        ExerciseBundle equivariance = real.exercise(EQUIVARIANCE).orElseThrow();
        assertThat(equivariance.exercise().limits().heapMegabytes()).isEqualTo(softmax.exercise().limits()
                .heapMegabytes());
        Course fixture = Course.load(Fixtures.fixtureBundle(shared.resolve("fixture"), STRINGS));
        List<ExerciseBundle> exercises = new ArrayList<>();
        exercises.add(softmax);
        exercises.add(equivariance);
        exercises.add(withMemoryOf(fixture.exercise(STRINGS).orElseThrow(), softmax.exercise().limits()));
        course = new Course(real.runtimeClasspath(), real.backend(), exercises);
    }

    @Test
    void anNd4jWorkspaceLeftActiveOnTheRunnerThreadDoesNotReachTheNextExercise() throws Exception {
        // A workspace that fails every allocation past its first 8 bytes: left active, every later array of the thread
        // would be allocated in it, and fail.
        writeSoftmaxGradientDoingFirst("""
                        org.nd4j.linalg.factory.Nd4j.getWorkspaceManager().getAndActivateWorkspace(
                                org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration.builder().initialSize(8)
                                        .policyAllocation(org.nd4j.linalg.api.memory.enums.AllocationPolicy.STRICT)
                                        .policyLearning(org.nd4j.linalg.api.memory.enums.LearningPolicy.NONE)
                                        .policySpill(org.nd4j.linalg.api.memory.enums.SpillPolicy.FAIL).build(),
                                "left-open");
                """);

        Report together = gradeSoftmaxBeforeTheSolutions();

        // The test whose code left it open fails on its own allocations; the workspace is closed after it.
        assertThat(outcome(together, SOFTMAX, "gradientOfTwoExamples").message()).contains("Workspace is full");
        assertThat(exercise(together, SOFTMAX).tests())
                .filteredOn(test -> !test.test().methodName().equals("gradientOfTwoExamples"))
                .extracting(TestOutcome::status).containsOnly(TestStatus.PASSED);
    }

    @Test
    void workOfAnExerciseStillRunningAfterItEndsNeverRunsDuringTheNextExercise() throws Exception {
        Path outlived = submission.resolve("outlived");
        // A task left in the common pool: it does nothing but note it outlived its exercise when the runner thread
        // runs another exercise (a class loader of that name other than its own), then keeps the collector busy.
        writeSoftmaxGradientDoingFirst("""
                        ClassLoader own = Thread.currentThread().getContextClassLoader();
                        Thread runner = Thread.currentThread();
                        java.util.concurrent.ForkJoinPool.commonPool().execute(() -> {
                            while (true) {
                                ClassLoader now = runner.getContextClassLoader();
                                if (now != own && now != null && "exercise".equals(now.getName())) {
                                    try {
                                        java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "outlived");
                                    } catch (java.io.IOException e) {
                                        throw new java.io.UncheckedIOException(e);
                                    }
                                }
                                System.gc();
                            }
                        });
                """.formatted(outlived.toString().replace("\\", "\\\\")));

        Report together = gradeSoftmaxBeforeTheSolutions();

        assertThat(outcome(together, SOFTMAX, "gradientOfTwoExamples").status()).isEqualTo(TestStatus.PASSED);
        assertThat(outlived).as("a mark of the task running while the next exercise ran").doesNotExist();
    }

    @Test
    void aFinalizerOfTheExerciseNeverRunsDuringTheNextExercise() throws Exception {
        Path outlived = submission.resolve("outlived");
        // Each Lingering, finalized, notes whether the runner thread runs another exercise, leaves another Lingering
        // behind and asks for a collection: a chain of finalizers that never ends by itself.
        writeSoftmaxGradientDoingFirst("""
                        Lingering.leave();
                """);
        Fixtures.writeSource(submission, SOFTMAX, "org/dlcourse/softmax/Lingering.java", """
                package org.dlcourse.softmax;

                final class Lingering {

                    private final Thread runner;
                    private final ClassLoader own;

                    private Lingering(Thread runner, ClassLoader own) {
                        this.runner = runner;
                        this.own = own;
                    }

                    static void leave() {
                        new Lingering(Thread.currentThread(), Thread.currentThread().getContextClassLoader());
                        System.gc();
                    }

                    @Override
                    @SuppressWarnings({"deprecation", "removal"})
                    protected void finalize() throws java.io.IOException {
                        ClassLoader now = runner.getContextClassLoader();
                        if (now != own && now != null && "exercise".equals(now.getName())) {
                            java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "outlived");
                        }
                        new Lingering(runner, own);
                        System.gc();
                    }
                }
                """.formatted(outlived.toString().replace("\\", "\\\\")));

        Report together = gradeSoftmaxBeforeTheSolutions();

        assertThat(outcome(together, SOFTMAX, "gradientOfTwoExamples").status()).isEqualTo(TestStatus.PASSED);
        assertThat(outlived).as("a mark of a finalizer running while the next exercise ran").doesNotExist();
    }

    /**
     * Grades the three exercises together, 01-softmax first in their shared JVM, and checks that the two solutions
     * after it keep full marks and the exercises their status.
     */
    private Report gradeSoftmaxBeforeTheSolutions() throws Exception {
        Fixtures.copyTree(Fixtures.repository().resolve("solutions").resolve(EQUIVARIANCE).resolve("src/main/java"),
                submission.resolve(EQUIVARIANCE).resolve("src/main/java"));
        Fixtures.writeFixture(submission, STRINGS, "solution");

        Report report = new Grader(course, List.of()).grade(GradeRequest.of(submission)
                .withSuites(Set.of(Suite.PUBLIC)).withBudgets(TEST_BUDGET, EXERCISE_BUDGET));

        for (String id : List.of(SOFTMAX, EQUIVARIANCE, STRINGS)) {
            assertThat(exercise(report, id).status()).as(id).isEqualTo(ExerciseStatus.GRADED);
        }
        for (String id : List.of(EQUIVARIANCE, STRINGS)) {
            ExerciseResult solution = exercise(report, id);
            assertThat(solution.tests()).as("%s after 01-softmax", id).allSatisfy(test ->
                    assertThat(test.status()).as(test.test().methodName() + ": " + test.message())
                            .isEqualTo(TestStatus.PASSED));
            assertThat(solution.score().points()).isPositive().isEqualTo(solution.score().max());
        }
        assertThat(ProcessHandle.current().descendants()).as("test JVMs left running").isEmpty();
        return report;
    }

    // 01-softmax's solution whose CrossEntropy.gradient runs {@code body} first.
    private void writeSoftmaxGradientDoingFirst(String body) throws IOException {
        Path sources = submission.resolve(SOFTMAX).resolve("src/main/java");
        Fixtures.copyTree(Fixtures.repository().resolve("solutions").resolve(SOFTMAX).resolve("src/main/java"),
                sources);
        Path crossEntropy = sources.resolve("org/dlcourse/softmax/CrossEntropy.java");
        String source = Files.readString(crossEntropy);
        assertThat(source).contains(GRADIENT);
        Files.writeString(crossEntropy, source.replace(GRADIENT, GRADIENT + body));
    }

    private static ExerciseBundle withMemoryOf(ExerciseBundle bundle, Limits memory) {
        Limits own = bundle.exercise().limits();
        return new ExerciseBundle(bundle.exercise().withLimits(new Limits(own.testSeconds(), own.exerciseSeconds(),
                memory.heapMegabytes(), memory.offHeapMegabytes())), bundle.publicTests(), bundle.hiddenTests(),
                bundle.stubs());
    }

    private static ExerciseResult exercise(Report report, String id) {
        return report.exercises().stream().filter(result -> result.exercise().id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static TestOutcome outcome(Report report, String id, String method) {
        return exercise(report, id).tests().stream().filter(test -> test.test().methodName().equals(method))
                .findFirst().orElseThrow();
    }
}
