package org.dlcourse.grader.similarity;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Two students' code in one exercise as JPlag compares it, the given code (the handout's stubs) left out.
 *
 * <p>JPlag's similarity of a pair (its default metric, "average") is {@code 2·m / (n_A + n_B)}: the tokens {@code m}
 * the two share in runs of at least the minimum token match, over their token counts without the base code. The
 * maximum similarity is {@code m / min(n_A, n_B)}, the share of the smaller submission that is matched.
 *
 * @param exercise the exercise's id
 * @param first the student whose id sorts first
 * @param second the other student
 * @param similarity JPlag's average similarity, in [0, 1]
 * @param maximumSimilarity JPlag's maximum similarity, in [0, 1]
 * @param matchedTokens the tokens the two share
 * @param regions the shared runs, largest first
 */
public record SimilarPair(String exercise, String first, String second, double similarity, double maximumSimilarity,
        int matchedTokens, List<MatchedRegion> regions) {

    /** Most similar first; ties by exercise and students, so the order is the same on every run. */
    public static final Comparator<SimilarPair> MOST_SIMILAR_FIRST = Comparator
            .comparingDouble(SimilarPair::similarity).reversed()
            .thenComparing(SimilarPair::exercise)
            .thenComparing(SimilarPair::first)
            .thenComparing(SimilarPair::second);

    /** Checks the components and puts the students (and each region's sides) in id order. */
    public SimilarPair {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        regions = List.copyOf(regions);
        if (first.compareTo(second) > 0) {
            String swap = first;
            first = second;
            second = swap;
            regions = regions.stream().map(MatchedRegion::swapped).toList();
        }
        regions = regions.stream().sorted(Comparator.comparingInt(MatchedRegion::tokens).reversed()
                .thenComparing(MatchedRegion::firstFile).thenComparingInt(MatchedRegion::firstStart)).toList();
    }
}
