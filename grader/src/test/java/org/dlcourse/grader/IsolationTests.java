package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.Score;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a submission can do to grading, shown on two small pure-Java fixture exercises graded through the real
 * pipeline and forked JVMs: a compile error, an endless loop, an exhausted heap and {@code System.exit} each cost
 * only the exercise or the test concerned, and none can fake a result.
 *
 * <p>Fixture 90-arith has five points: {@code addsSmallNumbers} (public, 1), {@code addsLargeNumbers} (1),
 * {@code multiplies} (a parameterized test, 2) and {@code negates} (1); its tests have a 3 s budget and a 64 MiB
 * heap. Fixture 91-strings has two points, one from a test without {@code @Graded}.
 *
 * <p>The two fixtures' test JVMs are alike, so graded together they share one; each hostile 90-arith is graded both
 * alone and beside 91-strings, with the same outcomes either way.
 */
class IsolationTests {

    private static final String ARITH = "90-arith";
    private static final String STRINGS = "91-strings";
    private static final String ARITH_SOURCE = "org/dlcourse/fixture/arith/Arith.java";

    @TempDir
    static Path shared;

    private static Course course;

    @TempDir
    Path submission;

    @BeforeAll
    static void buildFixtureCourse() throws IOException {
        course = Course.load(Fixtures.fixtureBundle(shared.resolve("course"), ARITH, STRINGS));
    }

    @Test
    void solutionsScoreFullMarksAndTestsWithoutGradedAreWorthTheDefaultPoint() throws Exception {
        Fixtures.writeFixture(submission, ARITH, "solution");
        Fixtures.writeFixture(submission, STRINGS, "solution");

        Report report = new Grader(course).grade(GradeRequest.of(submission));

        assertThat(report.score()).isEqualTo(new Score(7, 7));
        assertThat(report.exercises()).extracting(ExerciseResult::status)
                .containsExactly(ExerciseStatus.GRADED, ExerciseStatus.GRADED);
        assertThat(outcomes(report, STRINGS).get("reversesTheEmptyString").score()).isEqualTo(new Score(1, 1));
    }

    @Test
    void aCompileErrorFailsOnlyItsExerciseWhichStillReportsItsMaximum() throws Exception {
        Fixtures.writeSource(submission, ARITH, ARITH_SOURCE, """
                package org.dlcourse.fixture.arith;

                public final class Arith {
                    public static int add(int a, int b) {
                        return a + b
                    }
                }
                """);
        Fixtures.writeFixture(submission, STRINGS, "solution");

        Report report = new Grader(course).grade(GradeRequest.of(submission));

        ExerciseResult arith = exercise(report, ARITH);
        assertThat(arith.status()).isEqualTo(ExerciseStatus.COMPILE_ERROR);
        assertThat(arith.score()).isEqualTo(new Score(0, 5));
        assertThat(arith.diagnostics()).hasSize(1);
        assertThat(arith.diagnostics().get(0).toString())
                .startsWith("90-arith/src/main/java/org/dlcourse/fixture/arith/Arith.java:5: ")
                .contains("';' expected");
        assertThat(arith.tests()).allSatisfy(test -> assertThat(test.message()).contains("does not compile"));
        ExerciseResult strings = exercise(report, STRINGS);
        assertThat(strings.status()).isEqualTo(ExerciseStatus.GRADED);
        assertThat(strings.score()).isEqualTo(new Score(2, 2));
        assertThat(ProcessHandle.current().descendants()).as("test JVMs left running, e.g. the one warmed up for"
                + " the exercise that did not compile").isEmpty();
    }

    @Test
    void anEndlessLoopIsATimeoutWithinItsBudgetAndTheOtherTestsAreStillGraded() throws Exception {
        writeArith("""
                    public static int multiply(int a, int b) {
                        int spins = 0;
                        while (a == a) {
                            spins++;
                        }
                        return spins;
                    }
                """);

        Report report = gradeArithAloneAndBesideStrings(new Grader(course));

        ExerciseResult arith = exercise(report, ARITH);
        Map<String, TestOutcome> tests = outcomes(report, ARITH);
        assertThat(arith.status()).isEqualTo(ExerciseStatus.GRADED);
        assertThat(tests.get("multiplies").status()).isEqualTo(TestStatus.TIMEOUT);
        assertThat(tests.get("multiplies").message()).contains("budget of 3 s");
        assertThat(tests.values()).filteredOn(test -> !test.test().methodName().equals("multiplies"))
                .extracting(TestOutcome::status).containsOnly(TestStatus.PASSED).hasSize(3);
        assertThat(arith.score()).isEqualTo(new Score(3, 5));
        // One 3 s budget plus two JVM starts (under a second each here), with room for a slow or busy machine;
        // far below the 60 s a test gets by default.
        assertThat(arith.elapsed()).isLessThan(Duration.ofSeconds(3 + 17));
        assertThat(ProcessHandle.current().descendants()).as("test JVMs left running").isEmpty();
    }

    @Test
    void anExhaustedHeapCrashesOnlyTheRunningTest() throws Exception {
        writeArith("""
                    public static int negate(int a) {
                        java.util.List<long[]> hoard = new java.util.ArrayList<>();
                        while (true) {
                            hoard.add(new long[1 << 20]);
                        }
                    }
                """);

        Report report = gradeArithAloneAndBesideStrings(new Grader(course));

        Map<String, TestOutcome> tests = outcomes(report, ARITH);
        assertThat(tests.get("negates").status()).isEqualTo(TestStatus.ERROR);
        assertThat(tests.get("negates").message()).contains("the test JVM crashed").contains("OutOfMemoryError");
        assertThat(exercise(report, ARITH).score()).isEqualTo(new Score(4, 5));
    }

    @Test
    void systemExitIsAPolicyViolationNamingTheCallAndWhere() throws Exception {
        writeArith(EXITING_NEGATE);

        Report report = new Grader(course).grade(GradeRequest.of(submission).withExercises(List.of(ARITH)));

        ExerciseResult arith = exercise(report, ARITH);
        assertThat(arith.status()).isEqualTo(ExerciseStatus.POLICY_VIOLATION);
        assertThat(arith.score()).isEqualTo(new Score(0, 5));
        assertThat(arith.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("java.lang.System#exit");
            assertThat(violation.location())
                    .isEqualTo("90-arith/src/main/java/org/dlcourse/fixture/arith/Arith.java:23 (Arith.negate)");
        });
    }

    @Test
    void evenWhenThePolicyAllowsItSystemExitNeitherEndsNorFakesTheRun() throws Exception {
        writeArith(EXITING_NEGATE);

        // A grader without the base denylist, so that System.exit really runs in the test JVM.
        Report report = gradeArithAloneAndBesideStrings(new Grader(course, List.of()));

        Map<String, TestOutcome> tests = outcomes(report, ARITH);
        assertThat(tests.get("negates").status()).isEqualTo(TestStatus.ERROR);
        assertThat(tests.get("negates").message()).contains("the test JVM crashed while this test ran (exit code 0");
        // multiply adds instead: its fake "passed" lines on standard output change nothing.
        assertThat(tests.get("multiplies").status()).isEqualTo(TestStatus.FAILED);
        assertThat(tests.get("addsSmallNumbers").status()).isEqualTo(TestStatus.PASSED);
        assertThat(tests.get("addsLargeNumbers").status()).isEqualTo(TestStatus.PASSED);
        assertThat(exercise(report, ARITH).score()).isEqualTo(new Score(2, 5));
    }

    @Test
    void forgedOrReplayedLinesInTheResultsFileCountForNothing() throws Exception {
        // With the policy off, negate appends to the results file: a copy of a genuine line (a replay) and a plain
        // DONE, both without a valid seal.
        writeArith("""
                    public static int negate(int a) {
                        try {
                            java.nio.file.Path results;
                            try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../results"))) {
                                results = files.filter(f -> f.toString().endsWith(".jsonl")).sorted()
                                        .reduce((first, second) -> second).orElseThrow();
                            }
                            String genuine = java.nio.file.Files.readAllLines(results).get(0);
                            java.nio.file.Files.writeString(results, genuine + "\\n{\\"type\\":\\"DONE\\"}\\n",
                                    java.nio.file.StandardOpenOption.APPEND);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return -a;
                    }
                """);

        Report report = gradeArithAloneAndBesideStrings(new Grader(course, List.of()));

        Map<String, TestOutcome> tests = outcomes(report, ARITH);
        assertThat(tests.get("negates").status()).isEqualTo(TestStatus.ERROR);
        assertThat(tests.get("negates").message()).contains("results file was written to while this test ran");
        assertThat(tests.values()).filteredOn(test -> !test.test().methodName().equals("negates"))
                .extracting(TestOutcome::status).containsOnly(TestStatus.PASSED);
        assertThat(exercise(report, ARITH).score()).isEqualTo(new Score(4, 5));
    }

    @Test
    void aNativeCrashOfTheTestJvmIsPinnedToTheTestThatCausedIt() throws Exception {
        // With the policy off, negate writes to address 0 through Unsafe: the JVM dies of SIGSEGV.
        writeArith("""
                    public static int negate(int a) {
                        try {
                            java.lang.reflect.Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
                            field.setAccessible(true);
                            ((sun.misc.Unsafe) field.get(null)).putAddress(0L, 42L);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                        return -a;
                    }
                """);

        Report report = gradeArithAloneAndBesideStrings(new Grader(course, List.of()));

        Map<String, TestOutcome> tests = outcomes(report, ARITH);
        assertThat(tests.get("negates").status()).isEqualTo(TestStatus.ERROR);
        assertThat(tests.get("negates").message()).contains("the test JVM crashed while this test ran (exit code");
        assertThat(exercise(report, ARITH).score()).isEqualTo(new Score(4, 5));
    }

    @Test
    void aTimeoutKillsTheProcessesTheTestStarted() throws Exception {
        // With the policy off, multiply starts a child process and then spins.
        writeArith("""
                    public static int multiply(int a, int b) {
                        try {
                            new ProcessBuilder("sleep", "300").start();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        int spins = 0;
                        while (a == a) {
                            spins++;
                        }
                        return spins;
                    }
                """);

        Report report = gradeArithAloneAndBesideStrings(new Grader(course, List.of()));

        assertThat(outcomes(report, ARITH).get("multiplies").status()).isEqualTo(TestStatus.TIMEOUT);
        assertThat(ProcessHandle.current().descendants()).as("the test JVM's children").isEmpty();
    }

    /** An Arith whose multiply adds and whose negate prints fake results and exits with 0 (line 23). */
    private static final String EXITING_NEGATE = """
                public static int multiply(int a, int b) {
                    return a + b;
                }

                public static int negate(int a) {
                    for (String test : new String[] {"addsSmallNumbers()", "multiplies(int, int, int)", "negates()"}) {
                        System.out.println("{\\"type\\":\\"FINISHED\\",\\"id\\":\\"[engine:junit-jupiter]/"
                                + "[class:org.dlcourse.fixture.arith.ArithHiddenTests]/[method:" + test
                                + "]\\",\\"status\\":\\"passed\\"}");
                    }
                    System.out.println("{\\"type\\":\\"DONE\\"}");
                    System.exit(0);
                    return -a;
                }
            """;

    /**
     * Grades 90-arith alone, and then again beside the solution of 91-strings, the two sharing one test JVM (their
     * heap, off-heap memory and backend are alike): whatever 90-arith does to the shared JVM, each of its tests gets
     * the outcome it gets alone, and 91-strings, whose tests run after them, keeps its full score.
     *
     * @return the report of 90-arith graded alone
     */
    private Report gradeArithAloneAndBesideStrings(Grader grader) throws Exception {
        Report alone = grader.grade(GradeRequest.of(submission).withExercises(List.of(ARITH)));
        Fixtures.writeFixture(submission, STRINGS, "solution");

        Report together = grader.grade(GradeRequest.of(submission));

        assertThat(exercise(together, ARITH).status()).isEqualTo(exercise(alone, ARITH).status());
        assertThat(exercise(together, ARITH).tests()).as("90-arith's outcomes beside 91-strings")
                .containsExactlyElementsOf(exercise(alone, ARITH).tests());
        assertThat(exercise(together, STRINGS).status()).isEqualTo(ExerciseStatus.GRADED);
        assertThat(exercise(together, STRINGS).score()).isEqualTo(new Score(2, 2));
        assertThat(ProcessHandle.current().descendants()).as("test JVMs left running").isEmpty();
        return alone;
    }

    private void writeArith(String members) throws IOException {
        Fixtures.writeArith(submission, members);
    }

    private static ExerciseResult exercise(Report report, String id) {
        return report.exercises().stream().filter(result -> result.exercise().id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Map<String, TestOutcome> outcomes(Report report, String id) {
        return exercise(report, id).tests().stream()
                .collect(Collectors.toMap(outcome -> outcome.test().methodName(), Function.identity()));
    }
}
