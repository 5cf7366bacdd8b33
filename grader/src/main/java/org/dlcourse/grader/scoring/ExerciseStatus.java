package org.dlcourse.grader.scoring;

import java.util.Locale;

/** How grading an exercise ended, as the report names it. */
public enum ExerciseStatus {
    /** The tests ran (some may have failed or timed out individually). */
    GRADED,
    /** The sources did not compile; no test ran. */
    COMPILE_ERROR,
    /** The compiled code breaks the policy; no test ran. */
    POLICY_VIOLATION,
    /** The exercise's time budget ran out before every test had run. */
    TIMEOUT,
    /** The test JVM died outside any test (at start, say) and could not be resumed. */
    CRASHED,
    /** The submission has no module for this exercise. */
    MISSING;

    /** The report's name: {@code graded}, {@code compile_error}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
