package org.dlcourse.grader.stats;

/**
 * How the class did on one test.
 *
 * @param exercise the exercise id
 * @param testId the JUnit Platform unique id
 * @param name the display name
 * @param suite {@code public} or {@code hidden}
 * @param task the task it grades
 * @param hint the hint shown when it fails
 * @param attempts graded submissions that ran it
 * @param passes how many of them passed it
 */
public record TestStatistics(String exercise, String testId, String name, String suite, String task, String hint,
                             int attempts, int passes) {

    /** The fraction that passed, in [0, 1]; 0 when no submission ran it. */
    public double passRate() {
        return attempts == 0 ? 0 : (double) passes / attempts;
    }

    /** How many did not pass. */
    public int failures() {
        return attempts - passes;
    }

    /** The name without its class: the part after the last {@code " > "}. */
    public String shortName() {
        int separator = name.lastIndexOf(" > ");
        return separator < 0 ? name : name.substring(separator + 3);
    }
}
