package org.dlcourse.equivariance;

/**
 * Real spherical harmonics Y_l^m, m = −l..l, in e3nn's conventions (advanced part): 'component' normalization,
 * Σ_m Y_l^m(p)² = 2l + 1 on the unit sphere, i.e. (1/4π)∫ Y_l^m Y_l'^m' dΩ = δ_ll'δ_mm', and e3nn's axes, with y as
 * the polar axis. In terms of the textbook orthonormal real harmonics without the Condon–Shortley phase,
 * <pre>
 *   Y_l^m(x, y, z) = √(2l + 1)·√((l − |m|)!/(l + |m|)!)·P_l^|m|(cos θ)·{√2 sin(|m|φ) (m &lt; 0), 1 (m = 0), √2 cos(mφ) (m &gt; 0)},
 *   cos θ = y,   φ = atan2(x, z),
 * </pre>
 * P_l^m the associated Legendre functions without the phase (−1)^m. So Y_1 = √3·(x, y, z) and
 * Y_2 = √5·(√3 xz, √3 xy, y² − (x² + z²)/2, √3 yz, √3(z² − x²)/2), e3nn's {@code o3.spherical_harmonics} for
 * l ≤ 2 (checked against e3nn 0.6.0 values); for l = 3, 4 the same formula, e3nn's basis as this exercise
 * reconstructs it. Index i = m + l of the result holds Y_l^m.
 */
public final class SphericalHarmonics {

    /** The highest degree this exercise supports. */
    public static final int MAX_DEGREE = 4;

    private SphericalHarmonics() {
    }

    /**
     * The 2l + 1 values Y_l^{−l}(p), …, Y_l^{l}(p) at the direction of p = (x, y, z) (normalized first).
     *
     * @param l 0 ≤ l ≤ 4
     * @return a new array of length 2l + 1
     */
    public static double[] values(int l, double x, double y, double z) {
        if (l < 0 || l > MAX_DEGREE) {
            throw new IllegalArgumentException("the degree must be in 0.." + MAX_DEGREE + ", was " + l);
        }
        double norm = Math.sqrt(x * x + y * y + z * z);
        if (!(norm > 0) || Double.isInfinite(norm)) {
            throw new IllegalArgumentException("need a finite non-zero direction, got (" + x + ", " + y + ", " + z + ")");
        }
        // BEGIN SOLUTION: normalize p; cos θ = y, φ = atan2(x, z); associated Legendre P_l^m without the (−1)^m phase by the recurrence in m, then in l; scale by √(2l + 1)·√((l − m)!/(l + m)!), √2 for m ≠ 0
        double t = y / norm;
        double phi = Math.atan2(x / norm, z / norm);
        double sinTheta = Math.sqrt(Math.max(0, 1 - t * t));
        double[] out = new double[2 * l + 1];
        for (int m = 0; m <= l; m++) {
            double legendre = associatedLegendre(l, m, t, sinTheta);
            double scale = Math.sqrt((2 * l + 1) * factorialRatio(l, m)) * legendre;
            if (m == 0) {
                out[l] = scale;
            } else {
                out[l + m] = Math.sqrt(2) * scale * Math.cos(m * phi);
                out[l - m] = Math.sqrt(2) * scale * Math.sin(m * phi);
            }
        }
        return out;
        // END SOLUTION
    }

    // BEGIN SOLUTION
    /** P_l^m(t) without the Condon–Shortley phase: P_m^m = (2m − 1)!!·sinᵐθ, then (l − m)P_l^m = (2l − 1)t P_{l−1}^m − (l + m − 1)P_{l−2}^m. */
    private static double associatedLegendre(int l, int m, double t, double sinTheta) {
        double pmm = 1;
        for (int k = 1; k <= m; k++) {
            pmm *= (2 * k - 1) * sinTheta;
        }
        if (l == m) {
            return pmm;
        }
        double previous = pmm;
        double current = t * (2 * m + 1) * pmm;
        for (int degree = m + 2; degree <= l; degree++) {
            double next = ((2 * degree - 1) * t * current - (degree + m - 1) * previous) / (degree - m);
            previous = current;
            current = next;
        }
        return current;
    }

    /** (l − m)!/(l + m)!. */
    private static double factorialRatio(int l, int m) {
        double ratio = 1;
        for (int k = l - m + 1; k <= l + m; k++) {
            ratio /= k;
        }
        return ratio;
    }
    // END SOLUTION
}
