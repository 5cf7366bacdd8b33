package org.dlcourse.grader.gradebook;

import java.time.Instant;
import java.util.Objects;
import org.dlcourse.grader.batch.BatchStatus;
import org.dlcourse.grader.batch.GradingKey;

/**
 * One grading of one submission, as the gradebook keeps it.
 *
 * @param id the row id in this gradebook
 * @param uid a globally unique id of this grading, kept when gradebooks are merged
 * @param student the student's id
 * @param source the sub-directory or zip name it was graded from
 * @param contentHash the hash of what the grader read, empty if it could not be read
 * @param gradedAt when grading ended
 * @param status how grading ended
 * @param message one line on a status other than {@code graded}
 * @param score points earned, null unless graded
 * @param maxScore points possible, null unless graded
 * @param elapsedMillis wall-clock time of the grading
 * @param shard the shard that graded it ({@code 1/1} for an unsharded batch)
 * @param seeds the property seeds it was graded with ({@link org.dlcourse.grader.SeedAssignment#label()})
 * @param graderVersion the grader's version, empty if a gradebook before schema 2 did not record it
 * @param courseVersion the course's version, empty if a gradebook before schema 2 did not record it
 */
public record SubmissionRecord(long id, String uid, String student, String source, String contentHash,
                               Instant gradedAt, BatchStatus status, String message, Integer score, Integer maxScore,
                               long elapsedMillis, String shard, String seeds, String graderVersion,
                               String courseVersion) {

    /** Checks the key's components; an unrecorded version is empty. */
    public SubmissionRecord {
        Objects.requireNonNull(seeds, "seeds");
        graderVersion = Objects.requireNonNullElse(graderVersion, "");
        courseVersion = Objects.requireNonNullElse(courseVersion, "");
    }

    /** What this grading depended on. */
    public GradingKey key() {
        return new GradingKey(contentHash, seeds, graderVersion, courseVersion);
    }
}
