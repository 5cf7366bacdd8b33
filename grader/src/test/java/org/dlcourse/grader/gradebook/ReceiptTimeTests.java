package org.dlcourse.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dlcourse.grader.batch.BatchStatus;
import org.junit.jupiter.api.Test;

/** The receipt time late policies use: a regrade of unchanged content keeps the time it was first received. */
class ReceiptTimeTests {

    private static final Instant MONDAY = Instant.parse("2026-10-05T10:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-10-06T10:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-10-09T10:00:00Z");

    @Test
    void aRegradeOfTheSameContentKeepsTheFirstReceiptTime() {
        assertThat(Gradebook.receivedAt(List.of(grading("a", MONDAY, "1"), grading("a", FRIDAY, "42"))))
                .isEqualTo(MONDAY);
    }

    @Test
    void newContentIsReceivedWhenItIsFirstGraded() {
        assertThat(Gradebook.receivedAt(List.of(grading("a", MONDAY, "1"), grading("b", TUESDAY, "1"),
                grading("b", FRIDAY, "42")))).isEqualTo(TUESDAY);
        assertThat(Gradebook.receivedAt(List.of(grading("a", MONDAY, "1"), grading("b", TUESDAY, "1"),
                grading("a", FRIDAY, "1")))).as("back to old content: received again").isEqualTo(FRIDAY);
    }

    @Test
    void aSubmissionThatCouldNotBeReadIsReceivedWhenItWasTried() {
        assertThat(Gradebook.receivedAt(List.of(grading("", MONDAY, "1"), grading("", FRIDAY, "1"))))
                .isEqualTo(FRIDAY);
    }

    private static SubmissionRecord grading(String contentHash, Instant gradedAt, String seeds) {
        return new SubmissionRecord(0, "uid", "alice", "alice", contentHash, gradedAt, BatchStatus.GRADED, "", 5, 5,
                1000, "1/1", seeds, "0.1.0", "0.1.0");
    }
}
