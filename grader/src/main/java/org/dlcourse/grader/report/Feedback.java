package org.dlcourse.grader.report;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.grader.compile.CompilerDiagnostic;
import org.dlcourse.grader.policy.PolicyViolation;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;

/** The sentences every rendering shows a student the same way: an exercise's line and problems, a test's why. */
final class Feedback {

    private Feedback() {
    }

    /** {@code 01-softmax  Title  ·  30/31  ·  graded: message}. */
    static String exerciseLine(ExerciseResult result) {
        return result.exercise().id() + "  " + result.exercise().title() + "  ·  " + result.score() + "  ·  "
                + result.status().label() + (result.message().isEmpty() ? "" : ": " + result.message());
    }

    /** The exercise's compiler errors and policy violations, one line each. */
    static List<String> exerciseProblems(ExerciseResult result) {
        List<String> lines = new ArrayList<>();
        for (CompilerDiagnostic diagnostic : result.diagnostics()) {
            lines.add(diagnostic.toString());
        }
        for (PolicyViolation violation : result.violations()) {
            lines.add(violation.toString());
        }
        return lines;
    }

    /** Why a test did not pass: its message, hint, seed and counterexample; empty for a passed test. */
    static String details(TestOutcome outcome) {
        if (outcome.status() == TestStatus.PASSED) {
            return "";
        }
        StringBuilder text = new StringBuilder(outcome.status().label()).append(": ").append(outcome.message());
        if (!outcome.test().hint().isEmpty()) {
            text.append("\nhint: ").append(outcome.test().hint());
        }
        if (outcome.seed() != null) {
            text.append("\nseed: ").append(outcome.seed()).append(" (replay with --seed ").append(outcome.seed())
                    .append(')');
        }
        if (outcome.counterexample() != null) {
            text.append("\ncounterexample: ").append(outcome.counterexample());
        }
        return text.toString();
    }
}
