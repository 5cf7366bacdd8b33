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
        // BEGIN SOLUTION: Gauss–Legendre nodes t_i (roots of P_{L+1}, by Newton's method from cos(π(i + 3/4)/(L + 3/2))) with weights 2/((1 − t²)P'(t)²), times 2L + 2 equally spaced φ; normalize the weights to sum 1
        int nodes = bandLimit + 1;
        int angles = 2 * bandLimit + 2;
        double[] t = new double[nodes];
        double[] w = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            double root = Math.cos(Math.PI * (i + 0.75) / (nodes + 0.5));
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double p0 = 1;
                double p1 = root;
                for (int k = 2; k <= nodes; k++) {
                    double p2 = ((2 * k - 1) * root * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = nodes * (root * p1 - p0) / (root * root - 1);
                double step = p1 / derivative;
                root -= step;
                if (Math.abs(step) < 1e-16) {
                    break;
                }
            }
            t[i] = root;
            w[i] = 2 / ((1 - root * root) * derivative * derivative);
        }
        double[][] points = new double[nodes * angles][];
        double[] weights = new double[nodes * angles];
        for (int i = 0; i < nodes; i++) {
            double sin = Math.sqrt(Math.max(0, 1 - t[i] * t[i]));
            for (int j = 0; j < angles; j++) {
                double phi = 2 * Math.PI * j / angles;
                points[i * angles + j] = new double[] {sin * Math.sin(phi), t[i], sin * Math.cos(phi)};
                weights[i * angles + j] = w[i] / (2.0 * angles);
            }
        }
        return new SphereQuadrature(points, weights);
        // END SOLUTION
    }
}
