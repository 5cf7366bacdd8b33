package org.dlcourse.grader;

/**
 * A file the user named as input cannot be used: a gradebook or a shard's gradebook that does not exist or is not a
 * gradebook, a directory that is not the course repository. The user's to fix, as for an unusable submission.
 */
public final class InputUnusableException extends GraderException {

    private static final long serialVersionUID = 1L;

    /** An error naming the file and what is wrong with it. */
    public InputUnusableException(String message) {
        super(message);
    }

    /** An error naming the file and what is wrong with it, caused by {@code cause}. */
    public InputUnusableException(String message, Throwable cause) {
        super(message, cause);
    }
}
