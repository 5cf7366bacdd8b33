package org.dlcourse.grader.gradebook;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which parts of a graded submission the student has not started, told apart from what they got wrong in the
 * statistics and in both exports: a test that still hits the stub's TODO ({@code not_started}), and every test of an
 * exercise the submission does not hold ({@code missing}, recorded as not run).
 *
 * @param missingExercises the exercises the submission does not hold
 */
public record NotStarted(Set<String> missingExercises) {

    private static final String NOT_STARTED = "not_started";
    private static final String MISSING = "missing";

    /** Copies the set. */
    public NotStarted {
        missingExercises = Set.copyOf(missingExercises);
    }

    /** What the submission whose exercise scores are {@code scores} has not started. */
    public static NotStarted of(List<ExerciseScore> scores) {
        return new NotStarted(scores.stream().filter(score -> MISSING.equals(score.status()))
                .map(ExerciseScore::exercise).collect(Collectors.toSet()));
    }

    /** Whether {@code result} is of a part the student has not started. */
    public boolean test(TestResult result) {
        return NOT_STARTED.equals(result.status()) || missingExercises.contains(result.exercise());
    }

    /**
     * The exercises the student has not started at all: missing, or every one of their {@code results} not started;
     * sorted by id.
     */
    public List<String> exercises(List<TestResult> results) {
        Set<String> untouched = new TreeSet<>(missingExercises);
        results.stream().collect(Collectors.groupingBy(TestResult::exercise)).forEach((exercise, tests) -> {
            if (tests.stream().allMatch(this::test)) {
                untouched.add(exercise);
            }
        });
        return List.copyOf(untouched);
    }
}
