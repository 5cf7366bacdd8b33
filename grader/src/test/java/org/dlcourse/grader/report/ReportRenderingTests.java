package org.dlcourse.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.dlcourse.grader.ReportSchema;
import org.dlcourse.grader.compile.CompilerDiagnostic;
import org.dlcourse.grader.course.Exercise;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.course.Limits;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.policy.PolicyViolation;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.dlcourse.kit.grading.ExerciseDescriptor;
import org.junit.jupiter.api.Test;

/** Both renderings of a report with every kind of exercise and test result, checked against the schema. */
class ReportRenderingTests {

    private static final GradedTest PROPERTY = new GradedTest("[engine:junit-jupiter]/[class:p.P]/[method:law()]",
            Suite.HIDDEN, "p.P", "law", "P > law()", 3, "t", "check the law");
    private static final GradedTest EXAMPLE = new GradedTest("[engine:junit-jupiter]/[class:p.E]/[method:ex()]",
            Suite.PUBLIC, "p.E", "ex", "E > ex()", 1, "t", "");

    private final Report report = new Report("9.9.9", 42L, "public+hidden",
            new Environment("17.0.15 (Debian)", "Linux amd64", "cpu", "org.nd4j.CpuBackend", "OPENBLAS", 2, 2,
                    "1.0.0-M2.1"),
            List.of(
                    result("01-a", ExerciseStatus.GRADED, "", List.of(), List.of(),
                            List.of(TestOutcome.passed(EXAMPLE), new TestOutcome(PROPERTY, TestStatus.FAILED,
                                    "Property P#law failed\nShrunk counterexample: x = 0", 42L, "x = 0"))),
                    result("02-b", ExerciseStatus.COMPILE_ERROR, "1 compile error",
                            List.of(new CompilerDiagnostic("02-b/src/main/java/p/A.java", 3, 9, "';' expected")),
                            List.of(), List.of(TestOutcome.of(EXAMPLE, TestStatus.ERROR, "not run"))),
                    result("03-c", ExerciseStatus.POLICY_VIOLATION, "java.lang.System.exit is forbidden", List.of(),
                            List.of(new PolicyViolation("java.lang.System#exit", "03-c/src/main/java/p/A.java:5"
                                    + " (A.f)", "java.lang.System.exit", "no exits")),
                            List.of(TestOutcome.of(EXAMPLE, TestStatus.ERROR, "not run"))),
                    result("04-d", ExerciseStatus.TIMEOUT, "the exercise's budget of 9 s ran out", List.of(),
                            List.of(), List.of(TestOutcome.of(PROPERTY, TestStatus.TIMEOUT, "too slow")))),
            Duration.ofMillis(1234));

    @Test
    void theJsonDocumentValidatesAgainstTheCommittedSchema() {
        String json = JsonReport.render(report);

        assertThat(ReportSchema.violations(json)).isEmpty();
        assertThat(json).contains("\"score\" : 1,\n  \"max_score\" : 9", "\"status\" : \"compile_error\"",
                "\"counterexample\" : \"x = 0\"", "\"total_ms\" : 1234");
    }

    @Test
    void theSchemaRejectsDocumentsOutsideTheContract() {
        ObjectNode wrongStatus = JsonReport.tree(report);
        ((ObjectNode) wrongStatus.withArray("exercises").get(0)).put("status", "almost");
        ObjectNode missingScore = JsonReport.tree(report);
        missingScore.remove("max_score");
        ObjectNode extraField = JsonReport.tree(report);
        ((ObjectNode) extraField.withArray("exercises").get(0).withArray("tests").get(0)).put("bonus", 5);

        assertThat(ReportSchema.violations(wrongStatus)).isNotEmpty();
        assertThat(ReportSchema.violations(missingScore)).isNotEmpty();
        assertThat(ReportSchema.violations(extraField)).isNotEmpty();
    }

    @Test
    void theConsoleShowsScoresStatusesDiagnosticsViolationsAndWhyEachTestFailed() {
        StringWriter text = new StringWriter();

        ConsoleReport.write(report, new PrintWriter(text));

        assertThat(text.toString()).contains(
                "dlcourse grader 9.9.9 · public+hidden tests · seed 42",
                "01-a  A  ·  1/4  ·  graded",
                "  passed     1/1  E > ex()",
                "  failed     0/3  P > law()\n        Property P#law failed\n        Shrunk counterexample: x = 0\n"
                        + "        hint: check the law\n        seed: 42 (replay with --seed 42)",
                "02-b  B  ·  0/1  ·  compile_error: 1 compile error\n  02-b/src/main/java/p/A.java:3: ';' expected",
                "  03-c/src/main/java/p/A.java:5 (A.f): java.lang.System.exit is forbidden (java.lang.System#exit):"
                        + " no exits",
                "  1 tests not run, worth 1 points",
                "Total: 1/9");
    }

    private static ExerciseResult result(String id, ExerciseStatus status, String message,
                                         List<CompilerDiagnostic> diagnostics, List<PolicyViolation> violations,
                                         List<TestOutcome> tests) {
        String title = id.substring(3).toUpperCase(Locale.ROOT);
        Exercise exercise = new Exercise(new ExerciseDescriptor(id, title, List.of("p"),
                List.of(new ExerciseDescriptor.Task("t", "T")), List.of()), Limits.DEFAULT, true);
        return new ExerciseResult(exercise, status, message, diagnostics, violations, tests, Duration.ofMillis(5));
    }
}
