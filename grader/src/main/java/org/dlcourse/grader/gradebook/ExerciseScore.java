package org.dlcourse.grader.gradebook;

/**
 * One exercise's score in one graded submission.
 *
 * @param exercise the exercise id
 * @param status the report's exercise status ({@code graded}, {@code compile_error}, …)
 * @param score points earned
 * @param maxScore points possible
 */
public record ExerciseScore(String exercise, String status, int score, int maxScore) {
}
