package org.dlcourse.grader.batch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a batch grades and how.
 *
 * @param submissions the class (the shard selects from it)
 * @param shard the part of the class this run grades
 * @param jobs how many submissions are graded at the same time, at least 1
 * @param submissionTimeout the wall-clock budget of one submission; past it the submission is {@code timeout}
 *     and its grading is interrupted
 * @param resume grade only submissions whose latest gradebook entry is not settled or whose {@link GradingKey}
 *     changed
 * @param reports where each student's report and feedback are written, or null for nowhere
 * @param settings the versions and seeds each grading's key holds
 */
public record BatchRequest(List<Submission> submissions, Shard shard, int jobs, Duration submissionTimeout,
                           boolean resume, StudentReports reports, GradingSettings settings) {

    /** Checks and copies the components. */
    public BatchRequest {
        submissions = List.copyOf(submissions);
        Objects.requireNonNull(shard, "shard");
        if (jobs < 1) {
            throw new IllegalArgumentException("at least one job must run, but --jobs was " + jobs);
        }
        Objects.requireNonNull(submissionTimeout, "submissionTimeout");
        if (submissionTimeout.isNegative() || submissionTimeout.isZero()) {
            throw new IllegalArgumentException("the submission timeout must be positive: " + submissionTimeout);
        }
        Objects.requireNonNull(settings, "settings");
    }
}
