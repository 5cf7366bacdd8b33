package org.dlcourse.grader.term;

import java.time.Duration;

/**
 * How much of a late submission's raw score counts: {@code adjusted = raw · percent(lateness) / 100}.
 * The term file's {@code late_policy} names one of three.
 */
public sealed interface LatePolicy permits LatePolicy.None, LatePolicy.Linear, LatePolicy.Cutoff {

    /** The percentage of the raw score that counts for a submission {@code lateness} late, 0 to 100. */
    double percent(Lateness lateness);

    /** {@code raw · percent(lateness) / 100}. */
    default double adjusted(int raw, Lateness lateness) {
        return raw * percent(lateness) / 100.0;
    }

    /** Lateness costs nothing: a late submission counts as on time. */
    record None() implements LatePolicy {

        @Override
        public double percent(Lateness lateness) {
            return 100;
        }
    }

    /**
     * A fixed loss per started day late, never below a floor:
     * {@code percent = max(floorPercent, 100 − percentPerDay · startedDays)}.
     *
     * @param percentPerDay the percentage lost per started day late, 0 to 100
     * @param floorPercent the least percentage a late submission keeps, 0 to 100
     */
    record Linear(double percentPerDay, double floorPercent) implements LatePolicy {

        @Override
        public double percent(Lateness lateness) {
            return Math.max(floorPercent, 100 - percentPerDay * lateness.startedDays());
        }
    }

    /**
     * Full score up to a cut-off some days after the deadline, zero after it:
     * {@code percent = 100 if late ≤ afterDays · 24 h, else 0}; {@code afterDays = 0} gives zero to any late
     * submission.
     *
     * @param afterDays the days after the (extended) deadline that a submission still counts in full
     */
    record Cutoff(int afterDays) implements LatePolicy {

        @Override
        public double percent(Lateness lateness) {
            return lateness.late().compareTo(Duration.ofDays(afterDays)) <= 0 ? 100 : 0;
        }
    }
}
