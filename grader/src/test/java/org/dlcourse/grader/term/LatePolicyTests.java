package org.dlcourse.grader.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lateness in started days, the three late policies and extensions, against hand-computed percentages. */
class LatePolicyTests {

    /** Adjusted scores are products of small integers and decimal percentages: exact up to rounding. */
    private static final double POINTS = 1e-9;

    private static final Instant DEADLINE = Instant.parse("2026-10-05T21:59:00Z");

    @Test
    void exactlyAtTheDeadlineIsOnTimeAndOneSecondLaterIsOneStartedDay() {
        assertThat(Lateness.of(DEADLINE, DEADLINE).isLate()).isFalse();
        assertThat(Lateness.of(DEADLINE.minusSeconds(3600), DEADLINE)).isEqualTo(Lateness.ON_TIME);
        assertThat(Lateness.of(DEADLINE.plusSeconds(1), DEADLINE).startedDays()).isEqualTo(1);
        assertThat(Lateness.of(DEADLINE.plus(Duration.ofDays(1)), DEADLINE).startedDays()).isEqualTo(1);
        assertThat(Lateness.of(DEADLINE.plus(Duration.ofDays(1)).plusNanos(1), DEADLINE).startedDays()).isEqualTo(2);
    }

    @Test
    void noneCountsALateSubmissionAsOnTime() {
        LatePolicy none = new LatePolicy.None();
        assertThat(none.adjusted(40, Lateness.of(DEADLINE.plus(Duration.ofDays(30)), DEADLINE))).isEqualTo(40.0);
    }

    @Test
    void linearLosesPercentPerStartedDayDownToTheFloor() {
        LatePolicy linear = new LatePolicy.Linear(10, 50);
        assertThat(linear.adjusted(40, Lateness.of(DEADLINE, DEADLINE))).isCloseTo(40, within(POINTS));
        // One second late is one started day: 90 %.
        assertThat(linear.adjusted(40, Lateness.of(DEADLINE.plusSeconds(1), DEADLINE))).isCloseTo(36, within(POINTS));
        // 2 days 1 hour: three started days, 70 %.
        assertThat(linear.adjusted(40, Lateness.of(DEADLINE.plus(Duration.ofHours(49)), DEADLINE)))
                .isCloseTo(28, within(POINTS));
        // Nine started days would be 10 %: the floor keeps 50 %.
        assertThat(linear.adjusted(40, Lateness.of(DEADLINE.plus(Duration.ofHours(8 * 24 + 1)), DEADLINE)))
                .isCloseTo(20, within(POINTS));
    }

    @Test
    void cutoffKeepsTheFullScoreUpToTheCutoffAndZeroAfter() {
        LatePolicy cutoff = new LatePolicy.Cutoff(2);
        assertThat(cutoff.adjusted(40, Lateness.of(DEADLINE.plus(Duration.ofHours(47)), DEADLINE))).isEqualTo(40.0);
        assertThat(cutoff.adjusted(40, Lateness.of(DEADLINE.plus(Duration.ofDays(2)), DEADLINE))).isEqualTo(40.0);
        assertThat(cutoff.adjusted(40, Lateness.of(DEADLINE.plus(Duration.ofDays(2)).plusSeconds(1), DEADLINE)))
                .isEqualTo(0.0);
        assertThat(new LatePolicy.Cutoff(0).adjusted(40, Lateness.of(DEADLINE.plusSeconds(1), DEADLINE)))
                .isEqualTo(0.0);
    }

    @Test
    void aStudentWithAnExtensionIsOnTimeWhereAnotherIsLate() {
        TermFile term = new TermFile(Map.of("01-softmax", DEADLINE, "02-sgd", DEADLINE.plus(Duration.ofDays(14))),
                List.of(new Extension("alice", "01-softmax", null, 3),
                        new Extension("bob", Extension.ALL, Instant.parse("2026-10-26T12:00:00Z"), 0)),
                new LatePolicy.Linear(10, 50));
        Instant submitted = DEADLINE.plus(Duration.ofDays(2));

        assertThat(term.lateness("alice", "01-softmax", submitted).isLate()).isFalse();
        assertThat(term.lateness("carol", "01-softmax", submitted).startedDays()).isEqualTo(2);
        assertThat(term.lateness("alice", "02-sgd", DEADLINE.plus(Duration.ofDays(15))).startedDays())
                .as("alice's extension is for 01-softmax only").isEqualTo(1);
        assertThat(term.lateness("bob", "02-sgd", DEADLINE.plus(Duration.ofDays(15))).isLate())
                .as("bob's extension covers all exercises").isFalse();
        assertThat(term.lateness("carol", "03-unscheduled", submitted)).as("no deadline, never late")
                .isEqualTo(Lateness.ON_TIME);
    }
}
