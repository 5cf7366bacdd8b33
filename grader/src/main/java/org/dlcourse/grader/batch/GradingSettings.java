package org.dlcourse.grader.batch;

import java.util.Objects;
import java.util.function.Function;
import org.dlcourse.grader.SeedAssignment;

/**
 * What a batch grades with besides the submissions; with a submission's content hash, its {@link GradingKey}.
 *
 * @param graderVersion the grader's version
 * @param courseVersion the course's version ({@link org.dlcourse.grader.course.CourseVersion})
 * @param seeds each student's property seeds, by student id
 */
public record GradingSettings(String graderVersion, String courseVersion, Function<String, SeedAssignment> seeds) {

    /** Checks the components. */
    public GradingSettings {
        Objects.requireNonNull(graderVersion, "graderVersion");
        Objects.requireNonNull(courseVersion, "courseVersion");
        Objects.requireNonNull(seeds, "seeds");
    }

    /** The same {@code seeds} for every student. */
    public static GradingSettings of(String graderVersion, String courseVersion, SeedAssignment seeds) {
        return new GradingSettings(graderVersion, courseVersion, student -> seeds);
    }

    /** The key of grading {@code student}'s submission whose content hash is {@code contentHash}. */
    public GradingKey key(String student, String contentHash) {
        return new GradingKey(contentHash, seeds.apply(student).label(), graderVersion, courseVersion);
    }
}
