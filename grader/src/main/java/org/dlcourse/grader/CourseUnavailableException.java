package org.dlcourse.grader;

/**
 * The course bundle the grader grades against is missing or broken, typically because the grader was not built;
 * an installation problem, not the submission's.
 */
public final class CourseUnavailableException extends GraderException {

    private static final long serialVersionUID = 1L;

    /** An error saying what is missing and how to build it. */
    public CourseUnavailableException(String message) {
        super(message);
    }

    /** An error saying what is missing and how to build it, caused by {@code cause}. */
    public CourseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
