package org.dlcourse.grader.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.dlcourse.grader.scoring.Classification;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;

/**
 * The report as text for a terminal: a header with the environment, each exercise with its score and status,
 * each task not started in one line, each other test with its score, and for a test that did not pass its message,
 * classification, hint, seed and counterexample. Text from tests and submissions is made readable
 * ({@link ReadableText}): no control character reaches the terminal, no line is longer than it should be.
 */
public final class ConsoleReport {

    private static final String DETAIL = "        ";

    private ConsoleReport() {
    }

    /** Writes {@code report} to {@code out}. */
    public static void write(Report report, PrintWriter out) {
        Environment environment = report.environment();
        out.println("dlcourse grader " + report.graderVersion() + " · " + report.suites() + " tests · seed "
                + (report.seed() == null ? "default" : report.seed()));
        out.println("JDK " + environment.jdk() + " · " + environment.os() + " · ND4J " + environment.backend()
                + (environment.blas() == null ? "" : " (" + environment.blas() + ", "
                + (environment.blasThreads() == null ? "?" : environment.blasThreads()) + " BLAS threads)"));
        out.println("sandbox: " + environment.sandbox());
        for (ExerciseResult result : report.exercises()) {
            out.println();
            exercise(result, out);
        }
        out.println();
        out.println("Total: " + report.score());
        out.flush();
    }

    private static void exercise(ExerciseResult result, PrintWriter out) {
        out.println(ReadableText.of(Feedback.exerciseLine(result)));
        for (String problem : Feedback.exerciseProblems(result)) {
            out.println("  " + ReadableText.of(problem));
        }
        if (result.status() == ExerciseStatus.COMPILE_ERROR || result.status() == ExerciseStatus.POLICY_VIOLATION
                || result.status() == ExerciseStatus.MISSING) {
            out.println("  " + result.tests().size() + " tests not run, worth " + result.score().max() + " points");
            return;
        }
        for (String task : Feedback.notStartedTasks(result)) {
            out.println("  " + ReadableText.of(task));
        }
        for (TestOutcome outcome : result.tests()) {
            if (outcome.status() == TestStatus.NOT_STARTED) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-8s %5s  %s%n", outcome.status().label(), outcome.score(),
                    ReadableText.of(outcome.test().name()));
            if (outcome.status() != TestStatus.PASSED) {
                details(outcome, out);
            }
        }
    }

    private static void details(TestOutcome outcome, PrintWriter out) {
        indented(Feedback.message(outcome), out);
        Classification.of(outcome).ifPresent(kind -> indented("classification: " + kind, out));
        if (!outcome.test().hint().isEmpty()) {
            indented("hint: " + outcome.test().hint(), out);
        }
        if (outcome.seed() != null) {
            out.println(DETAIL + "seed: " + outcome.seed() + " (replay with --seed " + outcome.seed() + ")");
        }
    }

    private static void indented(String text, PrintWriter out) {
        ReadableText.of(text).lines().forEach(line -> out.println(DETAIL + line));
    }
}
