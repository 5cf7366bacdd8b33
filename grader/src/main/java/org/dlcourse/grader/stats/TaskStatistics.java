package org.dlcourse.grader.stats;

/**
 * How the class did on one task of an exercise (the concept its tests grade together): of the students who started
 * it, how many passed every one of its tests.
 *
 * @param exercise the exercise id
 * @param task the task
 * @param tests how many graded tests it has
 * @param started graded submissions that started it (at least one of its tests ran on the student's own code)
 * @param mastered how many of those passed every test of the task
 * @param notStarted graded submissions that had not started any part of it
 */
public record TaskStatistics(String exercise, String task, int tests, int started, int mastered, int notStarted) {

    /** {@code mastered / started}, in [0, 1]; 0 when nobody started it. */
    public double passRate() {
        return started == 0 ? 0 : (double) mastered / started;
    }
}
