package org.dlcourse.grader;

/** The submission cannot be graded at all: it does not exist, or holds none of the course's exercise modules. */
public final class SubmissionUnusableException extends GraderException {

    private static final long serialVersionUID = 1L;

    /** An error whose message says what is wrong with the submission. */
    public SubmissionUnusableException(String message) {
        super(message);
    }
}
