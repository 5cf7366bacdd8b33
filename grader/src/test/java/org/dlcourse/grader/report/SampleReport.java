package org.dlcourse.grader.report;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
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

/**
 * A report with every kind of exercise and test result the renderings must handle: a passed example, a failed
 * property with seed and counterexample, a compile error, a policy violation, a timeout, and a crash whose message
 * holds what student output may hold (backticks, pipes, markup, a control character).
 */
final class SampleReport {

    static final GradedTest PROPERTY = new GradedTest("[engine:junit-jupiter]/[class:p.P]/[method:law()]",
            Suite.HIDDEN, "p.P", "law", "P > law()", 3, "t", "check the law");
    static final GradedTest EXAMPLE = new GradedTest("[engine:junit-jupiter]/[class:p.E]/[method:ex()]",
            Suite.PUBLIC, "p.E", "ex", "E > ex()", 1, "t", "");
    static final GradedTest STRANGE = new GradedTest("[engine:junit-jupiter]/[class:p.S]/[method:odd()]",
            Suite.HIDDEN, "p.S", "odd", "S > odd() | <b>", 2, "t", "mind the `edge` | case");

    /** The crash message: markup, a fence, a pipe and a control character (U+0001). */
    static final String HOSTILE_MESSAGE = "the test JVM crashed (exit code 134: <x> & ``` | \u0001 done)";

    static final Report REPORT = new Report("9.9.9", 42L, "public+hidden",
            new Environment("17.0.15 (Debian)", "Linux amd64", "cpu", "org.nd4j.CpuBackend", "OPENBLAS", 2, 2,
                    "1.0.0-M2.1", "bubblewrap 0.8.0 (a user namespace)"),
            List.of(
                    result("01-a", ExerciseStatus.GRADED, "", List.of(), List.of(),
                            List.of(TestOutcome.passed(EXAMPLE), new TestOutcome(PROPERTY, TestStatus.FAILED,
                                    "Property P#law failed\nShrunk counterexample: x = 0", 42L, "x = 0",
                                    Duration.ofMillis(250)))),
                    result("02-b", ExerciseStatus.COMPILE_ERROR, "1 compile error",
                            List.of(new CompilerDiagnostic("02-b/src/main/java/p/A.java", 3, 9, "';' expected")),
                            List.of(), List.of(TestOutcome.of(EXAMPLE, TestStatus.ERROR, "not run"))),
                    result("03-c", ExerciseStatus.POLICY_VIOLATION, "java.lang.System.exit is forbidden", List.of(),
                            List.of(new PolicyViolation("java.lang.System#exit", "03-c/src/main/java/p/A.java:5"
                                    + " (A.f)", "java.lang.System.exit", "no exits")),
                            List.of(TestOutcome.of(EXAMPLE, TestStatus.ERROR, "not run"))),
                    result("04-d", ExerciseStatus.TIMEOUT, "the exercise's budget of 9 s ran out", List.of(),
                            List.of(), List.of(TestOutcome.of(PROPERTY, TestStatus.TIMEOUT, "too slow"))),
                    result("05-e", ExerciseStatus.GRADED, "", List.of(), List.of(),
                            List.of(TestOutcome.of(STRANGE, TestStatus.ERROR, HOSTILE_MESSAGE)))),
            Duration.ofMillis(1234));

    private SampleReport() {
    }

    static ExerciseResult result(String id, ExerciseStatus status, String message,
                                         List<CompilerDiagnostic> diagnostics, List<PolicyViolation> violations,
                                         List<TestOutcome> tests) {
        String title = id.substring(3).toUpperCase(Locale.ROOT);
        Exercise exercise = new Exercise(new ExerciseDescriptor(id, title, List.of("p"),
                List.of(new ExerciseDescriptor.Task("t", "T")), List.of()), Limits.DEFAULT, true);
        return new ExerciseResult(exercise, status, message, diagnostics, violations, tests, Duration.ofMillis(5), null);
    }
}
