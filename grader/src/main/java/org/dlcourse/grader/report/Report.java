package org.dlcourse.grader.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.Score;

/**
 * The result of grading a submission.
 *
 * @param graderVersion the grader's version
 * @param seed the property seed the tests ran with, null for each property's own default
 * @param suites what ran: {@code public+hidden} when grading, {@code public} for a self-check
 * @param environment where the tests ran
 * @param exercises each exercise's result, ordered by id
 * @param elapsed wall-clock time of the whole run; timings are kept apart from the results, which are the same
 *     for the same submission and seed
 */
public record Report(String graderVersion, Long seed, String suites, Environment environment,
                     List<ExerciseResult> exercises, Duration elapsed) {

    /** Checks the components and copies the list. */
    public Report {
        Objects.requireNonNull(graderVersion, "graderVersion");
        Objects.requireNonNull(suites, "suites");
        Objects.requireNonNull(environment, "environment");
        exercises = List.copyOf(exercises);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** The total score over all exercises. */
    public Score score() {
        return exercises.stream().map(ExerciseResult::score).reduce(Score.ZERO, Score::plus);
    }
}
