package org.dlcourse.grader;

/** The request names an exercise the course does not have: a usage error. */
public final class UnknownExerciseException extends UsageException {

    private static final long serialVersionUID = 1L;

    /** An error naming the unknown exercise and the known ones. */
    public UnknownExerciseException(String message) {
        super(message);
    }
}
