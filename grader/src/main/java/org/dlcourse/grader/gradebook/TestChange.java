package org.dlcourse.grader.gradebook;

/**
 * One test whose outcome or score differs between two gradings of a student; a test that only one of them ran has
 * an empty status and a null score on the other side.
 *
 * @param exercise the exercise id
 * @param test the test's display name
 * @param oldStatus its status in the older grading
 * @param oldScore its points in the older grading
 * @param newStatus its status in the newer grading
 * @param newScore its points in the newer grading
 * @param maxScore its points possible (the newer grading's, if it has the test)
 */
public record TestChange(String exercise, String test, String oldStatus, Integer oldScore, String newStatus,
                         Integer newScore, int maxScore) {

    /** New minus old points, an absent side counting 0. */
    public int delta() {
        return (newScore == null ? 0 : newScore) - (oldScore == null ? 0 : oldScore);
    }
}
