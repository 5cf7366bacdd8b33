package org.dlcourse.grader.stats;

/**
 * How the class did on one test. A submission that has not started the part the test grades (the stub's TODO is
 * still thrown, or the exercise was not handed in) is counted apart: it says nothing about what the class finds
 * hard.
 *
 * @param exercise the exercise id
 * @param testId the JUnit Platform unique id
 * @param name the display name, {@code Class > method(parameters)}
 * @param suite {@code public} or {@code hidden}
 * @param task the task it grades
 * @param hint the hint shown when it fails
 * @param attempts graded submissions that started the part it grades
 * @param passes how many of them passed it
 * @param notStarted graded submissions that had not started it
 */
public record TestStatistics(String exercise, String testId, String name, String suite, String task, String hint,
                             int attempts, int passes, int notStarted) {

    /** The fraction of the submissions that started it that passed, in [0, 1]; 0 when none started it. */
    public double passRate() {
        return attempts == 0 ? 0 : (double) passes / attempts;
    }

    /** How many of the submissions that started it did not pass. */
    public int failures() {
        return attempts - passes;
    }

    /**
     * The test's class and method, {@code SoftmaxProperties.rowsAreProbabilityVectors}: two tests of an exercise
     * may share a method name but not a class and method. The parameters are left out, as in a stack trace.
     */
    public String classAndMethod() {
        int separator = name.lastIndexOf(" > ");
        String method = separator < 0 ? name : name.substring(separator + 3);
        int parameters = method.indexOf('(');
        if (parameters >= 0) {
            method = method.substring(0, parameters);
        }
        if (separator < 0) {
            return method;
        }
        String owner = name.substring(0, separator);
        int outer = owner.lastIndexOf(" > ");
        return (outer < 0 ? owner : owner.substring(outer + 3)) + "." + method;
    }
}
