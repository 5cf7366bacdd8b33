package org.dlcourse.biasvariance;

/**
 * Polynomial least squares: the polynomial p of degree at most d that minimises Σ_i (y_i − p(x_i))², fitted in
 * the Legendre basis of the data's interval [min x, max x] scaled onto [−1, 1].
 *
 * <p>With t_i = t(x_i) the scaled inputs, the design matrix A_ik = P_k(t_i) (n × (d + 1)) has full column rank
 * when at least d + 1 of the x_i are distinct, and the coefficients are the least-squares solution of A·c ≈ y
 * ({@link LeastSquares}). Every basis of the polynomials of degree ≤ d gives the same p; this one gives it
 * accurately, because A is well conditioned where the Vandermonde matrix of raw powers x^k is not (lecture 03,
 * "A well-conditioned basis"; Trefethen, <i>Approximation Theory and Approximation Practice</i>, ch. 17).
 */
public final class PolynomialRegression {

    private PolynomialRegression() {
    }

    /**
     * The least-squares polynomial of degree at most d through the points (x_i, y_i).
     *
     * @param x      finite inputs with at least d + 1 distinct values; not modified
     * @param y      finite targets, one per input; not modified
     * @param degree d ≥ 0
     * @return the fitted polynomial, in the Legendre basis of {@code Interval.spanning(x)}
     */
    public static Polynomial fit(double[] x, double[] y, int degree) {
        Inputs.requireFitData(x, y, degree);
        throw new UnsupportedOperationException("TODO: take the domain Interval.spanning(x), build the n × (d + 1) design matrix A_ik = P_k(t(x_i)) with Legendre.values, and solve A·c ≈ y with LeastSquares.solve.");
    }
}
