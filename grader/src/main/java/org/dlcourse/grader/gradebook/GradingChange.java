package org.dlcourse.grader.gradebook;

import java.util.List;
import java.util.Objects;

/**
 * What changed for one student between two of their gradings: what the grading depended on, the total, and every
 * test whose outcome or score differs.
 *
 * @param student the student's id
 * @param older the older grading, generation {@code olderGeneration}
 * @param olderGeneration the older grading's number among the student's gradings, 1 for the first
 * @param newer the newer grading
 * @param newerGeneration the newer grading's number
 * @param tests the tests that changed, in the newer grading's order
 */
public record GradingChange(String student, SubmissionRecord older, int olderGeneration, SubmissionRecord newer,
                           int newerGeneration, List<TestChange> tests) {

    /** Checks the components and copies the list. */
    public GradingChange {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        tests = List.copyOf(tests);
    }

    /** Whether the grade or any test's outcome differs. */
    public boolean changed() {
        return !tests.isEmpty() || older.status() != newer.status() || !Objects.equals(older.score(), newer.score());
    }

    /** New minus old total, an ungraded side counting 0. */
    public int delta() {
        return (newer.score() == null ? 0 : newer.score()) - (older.score() == null ? 0 : older.score());
    }

    /** {@code 57/64}, or the status of a grading without a score. */
    static String grade(SubmissionRecord record) {
        return record.score() == null ? record.status().label() : record.score() + "/" + record.maxScore();
    }
}
