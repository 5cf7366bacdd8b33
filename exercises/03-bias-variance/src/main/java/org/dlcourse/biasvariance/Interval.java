package org.dlcourse.biasvariance;

/**
 * A closed interval [lo, hi] of inputs and the affine map t(x) = (x − c)/h onto [−1, 1], with centre
 * c = (lo + hi)/2 and half-width h = (hi − lo)/2 (h = 1 for a single point, so that t = x − c).
 *
 * <p>Why scale: a polynomial basis is well conditioned only on the interval it is made for. On [1000, 1001] the
 * columns 1, x, x², … of a Vandermonde matrix are nearly parallel (x² ≈ 2000·x − 10⁶ there), on [−1, 1] the
 * Legendre polynomials of t are orthogonal (lecture 03, "A well-conditioned basis"). The scaled basis spans the
 * same polynomials, so predictions do not change, only the accuracy with which they are computed.
 *
 * @param lo the smallest input
 * @param hi the largest input, ≥ lo
 */
public record Interval(double lo, double hi) {

    public Interval {
        Inputs.requireInterval(lo, hi);
    }

    /** The smallest interval that contains every x. */
    public static Interval spanning(double[] x) {
        Inputs.requireFinite(x, "x");
        double lo = x[0];
        double hi = x[0];
        for (double value : x) {
            lo = Math.min(lo, value);
            hi = Math.max(hi, value);
        }
        return new Interval(lo, hi);
    }

    /** The image t(x) of x in [−1, 1] (outside [−1, 1] for x outside the interval). */
    public double toUnit(double x) {
        double halfWidth = (hi - lo) / 2;
        double centre = lo + halfWidth;
        return halfWidth > 0 ? (x - centre) / halfWidth : x - centre;
    }
}
