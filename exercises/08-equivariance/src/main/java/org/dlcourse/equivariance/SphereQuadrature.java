package org.dlcourse.equivariance;

/**
 * A product quadrature on the unit sphere, exact for every polynomial of degree at most 2L restricted to the sphere
 * (so for the product of two band-limited functions of degree ≤ L): Gauss–Legendre in t = cos θ with L + 1 nodes
 * (exact to degree 2L + 1) times 2L + 2 equally spaced angles φ (exact for trigonometric degree ≤ 2L + 1), the
 * weights normalized to sum to 1, so that Σ_k w_k f(p_k) = (1/4π)∫ f dΩ (advanced part; lecture 08, §8).
 *
 * @param points  the nodes p_k = (x, y, z) on the unit sphere, y = cos θ the polar axis as in {@link SphericalHarmonics}
 * @param weights w_k &gt; 0, summing to 1
 */
public record SphereQuadrature(double[][] points, double[] weights) {

    /** The quadrature exact up to degree 2L. */
    public static SphereQuadrature exactToDegree(int twiceL) {
        if (twiceL < 0 || twiceL > 4 * SphericalHarmonics.MAX_DEGREE) {
            throw new IllegalArgumentException("the degree must be in 0.." + 4 * SphericalHarmonics.MAX_DEGREE + ", was " + twiceL);
        }
        int bandLimit = (twiceL + 1) / 2;
        throw new UnsupportedOperationException("TODO: Gauss–Legendre nodes t_i (roots of P_{L+1}, by Newton's method from cos(π(i + 3/4)/(L + 3/2))) with weights 2/((1 − t²)P'(t)²), times 2L + 2 equally spaced φ; normalize the weights to sum 1");
    }
}
