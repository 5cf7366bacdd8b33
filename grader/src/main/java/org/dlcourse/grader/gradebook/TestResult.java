package org.dlcourse.grader.gradebook;

/**
 * One test's result in one graded submission.
 *
 * @param exercise the exercise id
 * @param testId the JUnit Platform unique id
 * @param name the display name
 * @param suite {@code public} or {@code hidden}
 * @param task the task it grades
 * @param status {@code passed}, {@code failed}, {@code error} or {@code timeout}
 * @param score points earned
 * @param maxScore points possible
 * @param hint the test's hint, shown when it did not pass
 */
public record TestResult(String exercise, String testId, String name, String suite, String task, String status,
                         int score, int maxScore, String hint) {

    /** Whether the test passed. */
    public boolean passed() {
        return "passed".equals(status);
    }
}
