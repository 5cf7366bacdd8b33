package org.dlcourse.grader;

import java.util.List;

/** The request names an exercise the course does not have: a usage error. */
public final class UnknownExerciseException extends UsageException {

    private static final long serialVersionUID = 1L;

    /** An error naming the unknown exercise and the known ones. */
    public UnknownExerciseException(String message) {
        super(message);
    }

    /** {@code unknown exercise 'ID'; the course has 01-softmax, ...}. */
    public static UnknownExerciseException of(String id, List<String> known) {
        return new UnknownExerciseException("unknown exercise '" + id + "'; the course has "
                + String.join(", ", known));
    }
}
