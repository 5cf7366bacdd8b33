package org.dlcourse.grader.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.dlcourse.grader.report.Report;

/**
 * The result of grading one submission of a batch.
 *
 * @param submission the submission
 * @param key what the grading depended on; its content hash is empty if the submission could not be unpacked
 * @param status how grading ended
 * @param message one line on a status other than {@code graded}, else empty
 * @param report the report, for {@code graded} only, else null
 * @param gradedAt when grading ended
 * @param elapsed wall-clock time spent on the submission
 */
public record BatchOutcome(Submission submission, GradingKey key, BatchStatus status, String message,
                           Report report, Instant gradedAt, Duration elapsed) {

    /** Checks the components: a report exactly when graded. */
    public BatchOutcome {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(gradedAt, "gradedAt");
        Objects.requireNonNull(elapsed, "elapsed");
        if ((report != null) != (status == BatchStatus.GRADED)) {
            throw new IllegalArgumentException("a batch outcome has a report exactly when it is graded: " + status);
        }
    }

    /** This outcome with {@code other} as its message. */
    public BatchOutcome withMessage(String other) {
        return new BatchOutcome(submission, key, status, other, report, gradedAt, elapsed);
    }

    /** The hash of what the grader read ({@link SubmissionTree#contentHash}), empty if it could not be read. */
    public String contentHash() {
        return key.contentHash();
    }

    /** The report, if graded. */
    public Optional<Report> graded() {
        return Optional.ofNullable(report);
    }

    /** {@code 57/64}, or the status for a submission that was not graded. */
    public String summary() {
        return report != null ? report.score().toString() : status.label();
    }
}
