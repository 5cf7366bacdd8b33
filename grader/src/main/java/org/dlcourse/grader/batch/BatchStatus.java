package org.dlcourse.grader.batch;

import java.util.Locale;

/** How grading one submission of a batch ended, as the gradebook names it. */
public enum BatchStatus {
    /** The grader produced a report (whatever the score). */
    GRADED,
    /** The submission cannot be graded: a malformed or hostile zip, no exercise module. Regraded only if changed. */
    UNUSABLE,
    /** The grader failed on it (a bug, a crash of the grader itself); a resumed batch grades it again. */
    ERROR,
    /** Grading did not end within the submission's time budget; a resumed batch grades it again. */
    TIMEOUT;

    /** The gradebook's name: {@code graded}, {@code unusable}, {@code error} or {@code timeout}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named {@code label}. */
    public static BatchStatus of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** Whether a resumed batch keeps this result for unchanged sources instead of grading them again. */
    public boolean settled() {
        return this == GRADED || this == UNUSABLE;
    }
}
