package org.dlcourse.grader;

/**
 * This machine lacks something the course needs to grade (a data set, the ND4J backend, free disk space): the
 * machine's fault, never the student's, so nothing is graded. The message says what is missing and how to fix it.
 */
public final class MachineNotReadyException extends GraderException {

    private static final long serialVersionUID = 1L;

    /** An error saying what is missing and how to provide it. */
    public MachineNotReadyException(String message) {
        super(message);
    }

    /** An error saying what is missing and how to provide it, caused by {@code cause}. */
    public MachineNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
