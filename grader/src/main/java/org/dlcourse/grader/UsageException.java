package org.dlcourse.grader;

/**
 * The command was asked for something it cannot do as asked: an unknown exercise, an output directory that is not
 * empty. A usage error; the message says what to ask instead.
 */
public class UsageException extends GraderException {

    private static final long serialVersionUID = 1L;

    /** An error saying what was asked and what to ask instead. */
    public UsageException(String message) {
        super(message);
    }
}
