package org.dlcourse.grader.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The policy on the fixture exercise 90-arith, whose {@code add} body is replaced by each snippet: the compiled
 * class is checked before anything runs, and the violation names the rule, the file and line, and the reason.
 */
class PolicyStageTests {

    private static final String ARITH = "90-arith";

    @TempDir
    static Path shared;

    private static Grader grader;

    @TempDir
    Path submission;

    @BeforeAll
    static void buildFixtureCourse() throws IOException {
        grader = new Grader(Course.load(Fixtures.fixtureBundle(shared.resolve("course"), ARITH)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            System.exit(1);                                                        | java.lang.System#exit
            Runtime.getRuntime().halt(1);                                          | java.lang.Runtime#*
            new ProcessBuilder("ls").inheritIO();                                  | java.lang.ProcessBuilder#*
            new Thread(() -> { }).start();                                         | java.lang.Thread
            Thread.sleep(1);                                                       | java.lang.Thread
            java.util.concurrent.Executors.newSingleThreadExecutor();              | java.util.concurrent.Executors#*
            java.util.concurrent.CompletableFuture.runAsync(() -> { });            | java.util.concurrent.CompletableFuture#*
            Class.forName("java.lang.String");                                     | java.lang.Class#forName
            Arith.class.getDeclaredMethods();                                      | java.lang.Class#getDeclaredMethods
            java.lang.invoke.MethodHandles.lookup();                               | java.lang.invoke.MethodHandles
            Arith.class.getClassLoader();                                          | java.lang.Class#getClassLoader
            new java.io.File("x").delete();                                        | java.io.File#*
            new java.io.PrintStream(new java.io.ByteArrayOutputStream());          | java.io.PrintStream#<init>
            java.nio.file.Files.exists(java.nio.file.Path.of("x"));                | java.nio.file.**
            new java.net.Socket();                                                 | java.net.**
            System.getenv("HOME");                                                 | java.lang.System#getenv
            System.getProperty("user.home");                                       | java.lang.System#getProperty
            System.setOut(System.err);                                             | java.lang.System#setOut
            System.in.hashCode();                                                  | java.lang.System#in
            ProcessHandle.current().pid();                                         | java.lang.ProcessHandle#*
            org.junit.jupiter.api.Assertions.fail("no");                           | org.junit.**
            org.dlcourse.kit.backend.BackendReport.main(new String[0]);            | org.dlcourse.kit.backend.**
            org.dlcourse.kit.property.Gens.class.hashCode();                       | org.dlcourse.kit.property.**
            java.time.Instant.now();                                               | allowlist
            java.util.logging.Logger.getGlobal();                                  | allowlist
            new java.util.concurrent.atomic.AtomicInteger();                       | allowlist
            java.util.regex.Pattern.compile("a");                                  | allowlist
            new java.io.ByteArrayOutputStream();                                   | allowlist
            new org.nd4j.linalg.dataset.DataSet();                                 | allowlist
            Math.multiplyExact(a, b);                                              | java.lang.Math#multiplyExact
            """)
    void aForbiddenCallIsAViolationNamingTheRuleAndWhere(String statement, String rule) throws Exception {
        writeArith(statement);

        ExerciseResult result = grade();

        assertThat(result.status()).isEqualTo(ExerciseStatus.POLICY_VIOLATION);
        assertThat(result.score().points()).isZero();
        assertThat(result.violations()).first().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.location())
                    .isEqualTo("90-arith/src/main/java/org/dlcourse/fixture/arith/Arith.java:9 (Arith.add)");
            assertThat(violation.reason()).isNotBlank();
            assertThat(violation.toString()).startsWith(violation.location() + ": ").contains("(" + rule + ")");
        });
    }

    @Test
    void anApiOutsideTheAllowlistIsNamedWithWhereItIsUsedAndWhatIsAllowed() throws Exception {
        writeArith("java.time.Instant.now();");

        assertThat(grade().violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(CourseAllowlist.RULE);
            assertThat(violation.used()).isEqualTo("java.time.Instant.now");
            assertThat(violation.toString()).isEqualTo("90-arith/src/main/java/org/dlcourse/fixture/arith/Arith.java:9"
                    + " (Arith.add): java.time.Instant.now is forbidden (allowlist): " + CourseAllowlist.REASON);
        });
    }

    @Test
    void theExercisesOwnRuleIsReportedWithItsOwnReason() throws Exception {
        writeArith("Math.multiplyExact(a, b);");

        assertThat(grade().violations()).singleElement().satisfies(violation -> {
            assertThat(violation.used()).isEqualTo("java.lang.Math.multiplyExact");
            assertThat(violation.reason()).isEqualTo("this fixture exercise is to multiply with *");
        });
    }

    @Test
    void ordinaryCodeWithLambdasStreamsStringsAndPrintingPassesThePolicy() throws Exception {
        writeArith("""
                java.util.function.IntBinaryOperator plus = (x, y) -> x + y;
                        String shown = "a=" + a + ", b=" + b;
                        System.out.println(shown + java.util.stream.IntStream.of(a, b).map(Math::abs).sum());
                        new StringBuilder(shown).reverse();
                        java.util.List.of(a, b).forEach(value -> Math.max(value, 0));
                        plus.applyAsInt(a, b);""");

        ExerciseResult result = grade();

        assertThat(result.violations()).isEmpty();
        assertThat(result.status()).isEqualTo(ExerciseStatus.GRADED);
        assertThat(result.score().points()).isEqualTo(result.score().max());
    }

    @Test
    void aClassOutsideTheExercisesPackagesIsAViolation() throws Exception {
        Fixtures.writeFixture(submission, ARITH, "solution");
        Fixtures.writeSource(submission, ARITH, "org/elsewhere/Helper.java", "package org.elsewhere;\nclass Helper {}\n");

        assertThat(grade().violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("namespace");
            assertThat(violation.used()).isEqualTo("org.elsewhere.Helper");
            assertThat(violation.reason()).contains("org.dlcourse.fixture.arith");
        });
    }

    @Test
    void aClassShadowingACourseTestClassIsAViolation() throws Exception {
        Fixtures.writeFixture(submission, ARITH, "solution");
        Fixtures.writeSource(submission, ARITH, "org/dlcourse/fixture/arith/ArithHiddenTests.java",
                "package org.dlcourse.fixture.arith;\nclass ArithHiddenTests {}\n");

        assertThat(grade().violations()).singleElement().satisfies(violation -> {
            assertThat(violation.used()).isEqualTo("org.dlcourse.fixture.arith.ArithHiddenTests");
            assertThat(violation.reason()).contains("course test class");
        });
    }

    @Test
    void aClassInAProtectedNamespaceIsAViolation() throws Exception {
        Fixtures.writeFixture(submission, ARITH, "solution");
        Fixtures.writeSource(submission, ARITH, "org/junit/jupiter/api/Assertions.java",
                "package org.junit.jupiter.api;\npublic class Assertions {}\n");

        assertThat(grade().violations()).extracting(PolicyViolation::used)
                .contains("org.junit.jupiter.api.Assertions");
    }

    // Arith whose add runs `statement` on line 9 and then returns a + b.
    private void writeArith(String statement) throws IOException {
        Fixtures.writeSource(submission, ARITH, "org/dlcourse/fixture/arith/Arith.java", """
                package org.dlcourse.fixture.arith;

                public final class Arith {

                    private Arith() {
                    }

                    public static int add(int a, int b) throws Exception {
                        %s
                        return a + b;
                    }

                    public static int multiply(int a, int b) {
                        return a * b;
                    }

                    public static int negate(int a) {
                        return -a;
                    }
                }
                """.formatted(statement));
    }

    private ExerciseResult grade() throws Exception {
        return grader.grade(GradeRequest.of(submission)).exercises().get(0);
    }
}
