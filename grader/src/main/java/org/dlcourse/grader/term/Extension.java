package org.dlcourse.grader.term;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A student's extension: a new deadline, or extra days on the term's deadline, for one exercise or all of them.
 *
 * @param student the student's id, as the gradebook has it
 * @param exercise the exercise id, or {@link #ALL} for every exercise
 * @param deadline the new deadline, or null when {@code extraDays} is given
 * @param extraDays days added to the term's deadline, 0 when {@code deadline} is given
 */
public record Extension(String student, String exercise, Instant deadline, int extraDays) {

    /** The {@code exercise} of an extension that covers every exercise. */
    public static final String ALL = "all";

    /** Checks that exactly one of a new deadline and extra days is given. */
    public Extension {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(exercise, "exercise");
        if ((deadline == null) == (extraDays == 0) || extraDays < 0) {
            throw new IllegalArgumentException("an extension has a new deadline or a positive number of extra days");
        }
    }

    /** Whether this extension is {@code student}'s for {@code exercise}. */
    public boolean covers(String student, String exercise) {
        return this.student.equals(student) && (this.exercise.equals(ALL) || this.exercise.equals(exercise));
    }

    /** The deadline this extension gives in place of the term's {@code termDeadline}. */
    public Instant extend(Instant termDeadline) {
        return deadline != null ? deadline : termDeadline.plus(Duration.ofDays(extraDays));
    }
}
