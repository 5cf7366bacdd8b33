package org.dlcourse.grader.scoring;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.dlcourse.grader.compile.CompilerDiagnostic;
import org.dlcourse.grader.course.Exercise;
import org.dlcourse.grader.policy.PolicyViolation;

/**
 * How grading one exercise ended.
 *
 * @param exercise the exercise
 * @param status how grading ended
 * @param message one line on the status, empty for a plain {@code graded}
 * @param diagnostics compiler errors, when it did not compile
 * @param violations policy violations, when it broke the policy
 * @param tests every planned test's outcome, in plan order; tests that could not run are {@code error}
 * @param elapsed wall-clock time spent on the exercise, kept out of the per-test records
 * @param seed the property seed its tests ran with, or null for each property's own
 */
public record ExerciseResult(Exercise exercise, ExerciseStatus status, String message,
                             List<CompilerDiagnostic> diagnostics, List<PolicyViolation> violations,
                             List<TestOutcome> tests, Duration elapsed, Long seed) {

    /** Checks the components and copies the lists. */
    public ExerciseResult {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        diagnostics = List.copyOf(diagnostics);
        violations = List.copyOf(violations);
        tests = List.copyOf(tests);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** The sum of the tests' scores; the maximum counts every planned test. */
    public Score score() {
        return tests.stream().map(TestOutcome::score).reduce(Score.ZERO, Score::plus);
    }
}
