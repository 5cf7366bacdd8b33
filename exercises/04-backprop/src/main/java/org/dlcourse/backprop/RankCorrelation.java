package org.dlcourse.backprop;


/**
 * Spearman's rank correlation: the Pearson correlation of the ranks, so it measures how monotone, not how linear,
 * the relation between two samples is (Spearman, "The Proof and Measurement of Association between Two Things",
 * 1904).
 *
 * <p>Ranks run from 1 (the smallest value) to n; tied values share the average of the ranks they occupy (the
 * "fractional" or mid-rank convention, as {@code scipy.stats.rankdata(method="average")}): [3, 1, 3, 2] has ranks
 * [3.5, 1, 3.5, 2]. With r and s the ranks of x and y:
 * <pre>
 *   ρ = Σ_i (r_i − r̄)(s_i − s̄) / √(Σ_i (r_i − r̄)² · Σ_i (s_i − s̄)²)      ∈ [−1, 1]
 * </pre>
 * ρ = 1 exactly when y is a strictly increasing function of x, −1 when strictly decreasing; it is unchanged by any
 * strictly increasing transformation of either sample (lecture 04, §10).
 */
public final class RankCorrelation {

    private RankCorrelation() {
    }

    /**
     * The ranks 1 … n of the values, ties sharing their average rank.
     *
     * @param values finite values; not modified
     * @return a new array: the rank of {@code values[i]} at position i; the ranks always sum to n(n + 1)/2
     */
    public static double[] ranks(double[] values) {
        VectorInputs.requireFinite(values, "values");
        throw new UnsupportedOperationException("TODO: sort the indices by value; give each run of equal values the mean of the 1-based positions it occupies.");
    }

    /**
     * Spearman's ρ of two paired samples: the Pearson correlation of their {@link #ranks}.
     *
     * @param x n ≥ 2 finite values; not modified
     * @param y n finite values paired with x; not modified
     * @return ρ in [−1, 1], or NaN when x or y has all values equal (its ranks do not vary: ρ is undefined)
     */
    public static double spearman(double[] x, double[] y) {
        VectorInputs.requireSameLength(x, y, "x", "y");
        if (x.length < 2) {
            throw new IllegalArgumentException("a correlation needs at least two pairs, got " + x.length);
        }
        throw new UnsupportedOperationException("TODO: rank both samples (ties averaged), then compute the Pearson correlation of the two rank vectors; NaN if either does not vary.");
    }
}
