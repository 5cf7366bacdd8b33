package org.dlcourse.grader.scoring;

import java.util.Locale;

/** How a graded test ended, as the report names it. */
public enum TestStatus {
    /** Every assertion held: the test earns its points. */
    PASSED,
    /** An assertion failed: the code ran and gave a wrong answer. */
    FAILED,
    /** Anything else: an exception, a crash of the test JVM, an aborted or skipped test, or a test that never ran. */
    ERROR,
    /** The test exceeded its time budget, or the exercise's budget ran out before it ran. */
    TIMEOUT,
    /**
     * The code it tests still throws the stub's {@code UnsupportedOperationException("TODO: ...")}: the student has
     * not started that part, which the report says once per task rather than as a failure per test.
     */
    NOT_STARTED;

    /** The report's name: {@code passed}, {@code failed}, {@code error}, {@code timeout} or {@code not_started}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
