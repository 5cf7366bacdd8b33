package org.dlcourse.grader.similarity;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SimilarityCheck} compares and what it reports.
 *
 * @param classDirectory one sub-directory or zip per student, as {@code grader batch} takes
 * @param exercises the exercises to check, empty for all
 * @param threshold the least similarity of a reported pair, in [0, 1]
 * @param minimumTokens JPlag's minimum token match ({@code -t}), 0 for its default for Java (9)
 * @param out where the CSV, the Markdown table and JPlag's reports go
 */
public record SimilarityRequest(Path classDirectory, List<String> exercises, double threshold, int minimumTokens,
        Path out) {

    /** The default {@link #threshold}, chosen on the course's own code (see docs/instructors.md). */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** Checks the components. */
    public SimilarityRequest {
        Objects.requireNonNull(classDirectory, "classDirectory");
        Objects.requireNonNull(out, "out");
        exercises = List.copyOf(exercises);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold must be in [0, 1], not " + threshold);
        }
        if (minimumTokens < 0) {
            throw new IllegalArgumentException("the minimum token match cannot be negative: " + minimumTokens);
        }
    }
}
