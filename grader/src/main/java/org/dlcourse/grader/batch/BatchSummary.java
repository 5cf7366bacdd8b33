package org.dlcourse.grader.batch;

import java.time.Duration;
import java.util.List;

/**
 * What a batch did.
 *
 * @param outcomes the submissions graded in this run, ordered by student id
 * @param skipped the submissions {@code --resume} left alone, ordered by student id
 * @param elapsed wall-clock time of the whole batch
 */
public record BatchSummary(List<BatchOutcome> outcomes, List<Submission> skipped, Duration elapsed) {

    /** Copies the lists. */
    public BatchSummary {
        outcomes = List.copyOf(outcomes);
        skipped = List.copyOf(skipped);
    }

    /** How many outcomes have {@code status}. */
    public long count(BatchStatus status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
