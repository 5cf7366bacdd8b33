package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.ExerciseBundle;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.report.GradescopeReport;
import org.dlcourse.grader.report.JsonReport;
import org.dlcourse.grader.report.MarkdownReport;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.report.ReportFormat;
import org.dlcourse.grader.scoring.Classification;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.Score;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.dlcourse.kit.backend.BackendUnavailableException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real course graded through the library: the repository's {@code solutions/} and {@code exercises/} (the
 * stubs) as submissions, each graded twice (the solutions with the properties' default seeds, the stubs with one
 * given seed), and a buggy variant of 01-softmax graded twice with one seed (same JSON byte for byte apart from the
 * timings; {@code grader/bench/determinism.sh} repeats this ten
 * times from the command line), a forbidden ND4J call, and a test JVM that cannot load the requested backend.
 */
class RealCourseGradingTests {

    private static final String SOFTMAX = "01-softmax";

    private static final long SEED = 42L;

    private static Report stubs;
    private static Report stubsAgain;
    private static Report solutions;
    private static Report solutionsAgain;

    private final Course course = Fixtures.realCourse();

    @BeforeAll
    static void gradeTheStubsTwiceWithOneSeed() throws Exception {
        GradeRequest request = GradeRequest.of(Fixtures.repository().resolve("exercises")).withSeed(SEED);
        // The properties' own fixed seeds: the solutions must score full marks as the course ships them.
        GradeRequest solved = GradeRequest.of(Fixtures.repository().resolve("solutions"));
        // Two gradings side by side, each twin beside a grading of the other submission: a grading does not depend
        // on what runs beside it, and this halves the wait.
        ExecutorService gradings = Executors.newFixedThreadPool(2);
        try {
            Future<Report> first = gradings.submit(() -> new Grader(Fixtures.realCourse()).grade(request));
            Future<Report> solved1 = gradings.submit(() -> new Grader(Fixtures.realCourse()).grade(solved));
            Future<Report> second = gradings.submit(() -> new Grader(Fixtures.realCourse()).grade(request));
            Future<Report> solved2 = gradings.submit(() -> new Grader(Fixtures.realCourse()).grade(solved));
            stubs = first.get();
            solutions = solved1.get();
            stubsAgain = second.get();
            solutionsAgain = solved2.get();
        } finally {
            gradings.shutdownNow();
        }
    }

    @Test
    void theSolutionsScoreFullMarks() {
        Report report = solutions;

        assertThat(report.exercises()).allSatisfy(exercise -> {
            assertThat(exercise.status()).as(exercise.exercise().id()).isEqualTo(ExerciseStatus.GRADED);
            assertThat(exercise.tests()).as(exercise.exercise().id()).allSatisfy(test ->
                    assertThat(test.status()).as(test.test().name() + ": " + test.message())
                            .isEqualTo(TestStatus.PASSED));
        });
        assertThat(report.score().points()).isEqualTo(report.score().max()).isEqualTo(plannedMaximum());
        assertThat(report.environment().backendClass()).isNotNull();
    }

    @Test
    void theStubsScoreZeroOutOfTheSameMaximum() {
        assertThat(stubs.score()).isEqualTo(new Score(0, plannedMaximum()));
        assertThat(stubs.exercises()).extracting(ExerciseResult::status).containsOnly(ExerciseStatus.GRADED);
    }

    @Test
    void failedPropertiesReportTheSeedAndAShrunkCounterexample() {
        List<TestOutcome> properties = stubs.exercises().stream().flatMap(exercise -> exercise.tests().stream())
                .filter(test -> test.seed() != null).toList();

        assertThat(properties).isNotEmpty().allSatisfy(property -> {
            assertThat(property.status()).isEqualTo(TestStatus.NOT_STARTED);
            assertThat(property.seed()).isEqualTo(SEED);
            assertThat(property.counterexample()).isNotBlank();
        });
    }

    @Test
    void theSameSubmissionAndSeedGiveTheSameJsonApartFromTimings() {
        assertThat(withoutTimings(JsonReport.tree(stubsAgain))).isEqualTo(withoutTimings(JsonReport.tree(stubs)));
        assertThat(JsonReport.tree(stubs).get("timings")).isNotNull();
    }

    @Test
    void theSolutionsGradedTwiceWithOneSeedGiveByteIdenticalJsonApartFromTimings() {
        assertThat(resultsPart(JsonReport.render(solutionsAgain))).isEqualTo(resultsPart(JsonReport.render(solutions)));
        assertThat(resultsPart(JsonReport.render(stubsAgain))).isEqualTo(resultsPart(JsonReport.render(stubs)));
    }

    @Test
    void aBuggySubmissionGradedTwiceWithOneSeedGivesByteIdenticalJsonApartFromTimings(@TempDir Path submission)
            throws Exception {
        Path sources = submission.resolve(SOFTMAX).resolve("src/main/java");
        Fixtures.copyTree(Fixtures.repository().resolve("solutions").resolve(SOFTMAX).resolve("src/main/java"),
                sources);
        VariantPatch.apply(Fixtures.fixtureSources().resolveSibling("mutants").resolve(SOFTMAX)
                .resolve("no-max-subtraction/variant.patch"), sources);
        GradeRequest request = GradeRequest.of(submission).withSeed(SEED);

        Report report = new Grader(course).grade(request);
        String first = JsonReport.render(report);
        String second = JsonReport.render(new Grader(course).grade(request));

        assertThat(first).contains("\"status\" : \"failed\"");
        // The per-row shift happens in the generator: the counterexample shows what softmax was given.
        assertThat(report.exercises().get(0).tests()).filteredOn(test -> test.test().methodName()
                .equals("invariantToADifferentConstantPerRow")).singleElement().satisfies(test -> {
                    assertThat(test.status()).isEqualTo(TestStatus.FAILED);
                    assertThat(test.counterexample()).contains("shifted logits (softmax's input) = DOUBLE");
                    assertThat(Classification.of(test)).hasValueSatisfying(kind ->
                            assertThat(kind).startsWith("not finite: softmax returned NaN in row 0"));
                });
        assertThat(resultsPart(second)).isEqualTo(resultsPart(first));
    }

    @Test
    void oneExerciseDoneAndTheRestUntouchedGiveShortFeedbackThatSaysNotStarted(@TempDir Path submission)
            throws Exception {
        for (String id : course.exerciseIds()) {
            String tree = id.equals(SOFTMAX) ? "solutions" : "exercises";
            Fixtures.copyTree(Fixtures.repository().resolve(tree).resolve(id).resolve("src/main/java"),
                    submission.resolve(id).resolve("src/main/java"));
        }

        Report report = new Grader(course).grade(GradeRequest.of(submission).withSeed(SEED));

        String md = MarkdownReport.render(report);
        String untouched = md.substring(md.indexOf("\n## ", md.indexOf("\n## " + SOFTMAX) + 1));
        assertThat(report.exercises().get(0).score().points()).isEqualTo(plannedMaximumOf(SOFTMAX));
        assertThat(untouched.lines().count()).as("Markdown lines for the seven untouched exercises")
                .isLessThanOrEqualTo(150);
        assertThat(md.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(300));
        assertThat(untouched).contains("not started").doesNotContain("### ❌");
        assertThat(report.exercises().subList(1, report.exercises().size())).allSatisfy(exercise ->
                assertThat(exercise.tests()).extracting(TestOutcome::status).as(exercise.exercise().id())
                        .containsOnly(TestStatus.NOT_STARTED));
        String console = ReportFormat.CONSOLE.render(report, GradescopeReport.Visibility.VISIBLE);
        assertThat(console.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(300));
    }

    @Test
    void theJsonReportValidatesAgainstItsSchema() {
        assertThat(ReportSchema.violations(JsonReport.render(stubs))).isEmpty();
    }

    @Test
    void callingNd4jsSoftmaxIsAPolicyViolationNamingTheCallAndWhere(@TempDir Path submission) throws Exception {
        Fixtures.copyTree(Fixtures.repository().resolve("solutions").resolve(SOFTMAX), submission.resolve(SOFTMAX));
        Path softmax = submission.resolve(SOFTMAX).resolve("src/main/java/org/dlcourse/softmax/Softmax.java");
        String source = Files.readString(softmax);
        int close = source.lastIndexOf('}');
        String shortcut = "\n    static org.nd4j.linalg.api.ndarray.INDArray viaLibrary("
                + "org.nd4j.linalg.api.ndarray.INDArray logits) {\n"
                + "        return org.nd4j.linalg.ops.transforms.Transforms.softmax(logits);\n    }\n";
        Files.writeString(softmax, source.substring(0, close) + shortcut + source.substring(close));
        long line = source.substring(0, close).lines().count() + 3;

        Report report = new Grader(course).grade(GradeRequest.of(submission));

        ExerciseResult result = report.exercises().get(0);
        assertThat(result.status()).isEqualTo(ExerciseStatus.POLICY_VIOLATION);
        assertThat(result.score()).isEqualTo(new Score(0, plannedMaximumOf(SOFTMAX)));
        assertThat(result.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("org.nd4j.linalg.ops.transforms.Transforms#softmax");
            assertThat(violation.used()).isEqualTo("org.nd4j.linalg.ops.transforms.Transforms.softmax");
            assertThat(violation.location()).isEqualTo(SOFTMAX + "/src/main/java/org/dlcourse/softmax/Softmax.java:"
                    + line + " (Softmax.viaLibrary)");
            assertThat(violation.reason()).contains("implement softmax yourself");
        });
    }

    @Test
    void aTestJvmThatCannotLoadTheRequestedBackendStopsGradingWithOneClearMessage() {
        // A course that claims CUDA while its classpath has only the CPU backend: the parent's check passes, the
        // test JVM's Backends.require("cuda") must refuse, never fall back to the CPU.
        Course claimsCuda = new Course(course.runtimeClasspath(), "cuda", course.exercises());
        GradeRequest request = GradeRequest.of(Fixtures.repository().resolve("solutions")).withBackend("cuda");

        assertThatThrownBy(() -> new Grader(claimsCuda).grade(request))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("cuda")
                .hasMessageNotContaining("\n");
    }

    /** The planned maximum of the whole course. */
    private int plannedMaximum() {
        return plannedMaximum(bundle -> true);
    }

    /** The planned maximum of one exercise. */
    private int plannedMaximumOf(String exerciseId) {
        return plannedMaximum(bundle -> bundle.id().equals(exerciseId));
    }

    private int plannedMaximum(Predicate<ExerciseBundle> which) {
        return course.exercises().stream().filter(which)
                .flatMap(bundle -> new Grader(course).plan(bundle, Set.of(Suite.PUBLIC, Suite.HIDDEN)).stream())
                .mapToInt(GradedTest::points).sum();
    }

    // The document up to its last member, "timings": the part that must not differ between runs, byte for byte.
    private static String resultsPart(String json) {
        int timings = json.indexOf("\n  \"timings\" : {");
        assertThat(timings).as("the timings member").isPositive();
        return json.substring(0, timings);
    }

    private static ObjectNode withoutTimings(ObjectNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("timings");
        return copy;
    }
}
