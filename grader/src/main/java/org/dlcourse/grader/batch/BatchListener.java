package org.dlcourse.grader.batch;

/** Follows a batch: the CLI draws a progress bar or prints plain lines from these calls. Called one at a time. */
public interface BatchListener {

    /** The batch starts: {@code total} submissions in this shard. */
    void started(int total);

    /** {@code submission} was skipped by {@code --resume}: unchanged, and settled in the gradebook. */
    void skipped(Submission submission, int done, int total);

    /** {@code outcome} is recorded; {@code done} of {@code total} submissions are finished or skipped. */
    void finished(BatchOutcome outcome, int done, int total);

    /** A listener that ignores everything. */
    BatchListener SILENT = new BatchListener() {
        @Override
        public void started(int total) {
        }

        @Override
        public void skipped(Submission submission, int done, int total) {
        }

        @Override
        public void finished(BatchOutcome outcome, int done, int total) {
        }
    };
}
