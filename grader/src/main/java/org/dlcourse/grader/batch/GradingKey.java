package org.dlcourse.grader.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a grading's result depends on: the same key gives the same grade, so a resumed batch grades a student
 * again exactly when their key changed.
 *
 * @param contentHash what the grader read ({@link SubmissionTree#contentHash}), empty if it could not be read
 * @param seeds the property seeds, as {@link org.dlcourse.grader.SeedAssignment#label()} writes them
 * @param graderVersion the grader's version
 * @param courseVersion the digest of the course's tests ({@link org.dlcourse.grader.course.CourseVersion})
 */
public record GradingKey(String contentHash, String seeds, String graderVersion, String courseVersion) {

    /** Checks the components. */
    public GradingKey {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(graderVersion, "graderVersion");
        Objects.requireNonNull(courseVersion, "courseVersion");
    }

    /** What differs from {@code earlier}, in words ({@code sources}, {@code seed}, {@code grader}, {@code course}). */
    public List<String> changesSince(GradingKey earlier) {
        List<String> changed = new ArrayList<>();
        if (!contentHash.equals(earlier.contentHash)) {
            changed.add("sources");
        }
        if (!seeds.equals(earlier.seeds)) {
            changed.add("seed");
        }
        if (!graderVersion.equals(earlier.graderVersion)) {
            changed.add("grader");
        }
        if (!courseVersion.equals(earlier.courseVersion)) {
            changed.add("course");
        }
        return changed;
    }
}
