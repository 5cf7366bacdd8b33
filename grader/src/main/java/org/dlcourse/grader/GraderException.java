package org.dlcourse.grader;

/**
 * A business error: the request cannot be graded for a reason the user can fix, said in one line.
 *
 * <p>Subclasses say whose fault it is, which the CLI maps to exit codes; anything else thrown by the library is
 * an internal error.
 */
public class GraderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error whose message is one line for the user. */
    public GraderException(String message) {
        super(message);
    }

    /** An error whose message is one line for the user, caused by {@code cause}. */
    public GraderException(String message, Throwable cause) {
        super(message, cause);
    }
}
