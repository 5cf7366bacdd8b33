package org.dlcourse.grader.term;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How late a submission was: the time from its deadline to its submission time, zero if it came at or before the
 * deadline.
 *
 * @param late the time past the deadline, never negative
 */
public record Lateness(Duration late) {

    /** On time. */
    public static final Lateness ON_TIME = new Lateness(Duration.ZERO);

    private static final Duration DAY = Duration.ofDays(1);

    /** Checks that {@code late} is not negative. */
    public Lateness {
        Objects.requireNonNull(late, "late");
        if (late.isNegative()) {
            throw new IllegalArgumentException("lateness is never negative: " + late);
        }
    }

    /** The lateness of a submission at {@code submitted} against {@code deadline}; exactly at it is on time. */
    public static Lateness of(Instant submitted, Instant deadline) {
        return submitted.isAfter(deadline) ? new Lateness(Duration.between(deadline, submitted)) : ON_TIME;
    }

    /** Whether the submission was late at all. */
    public boolean isLate() {
        return !late.isZero();
    }

    /**
     * The started days late, {@code ⌈late / 24 h⌉}: one second late is one day, 24 h late is one day, 24 h and one
     * second is two.
     */
    public long startedDays() {
        long whole = late.dividedBy(DAY);
        return late.equals(DAY.multipliedBy(whole)) ? whole : whole + 1;
    }
}
