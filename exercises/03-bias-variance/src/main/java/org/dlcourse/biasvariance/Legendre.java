package org.dlcourse.biasvariance;

/**
 * The Legendre polynomials P_0, …, P_d at a point t, by Bonnet's three-term recurrence
 * <pre>
 *     P_0(t) = 1,   P_1(t) = t,   (k + 1)·P_{k+1}(t) = (2k + 1)·t·P_k(t) − k·P_{k−1}(t)
 * </pre>
 * (Abramowitz and Stegun 22.7.10; DLMF 18.9.1).
 *
 * <p>They are the polynomial basis of this exercise because on [−1, 1] they are bounded, |P_k(t)| ≤ 1, and
 * orthogonal, ∫ P_j P_k dt = 2/(2k + 1)·δ_jk: evaluated at points spread over [−1, 1] they give a design
 * matrix with nearly orthogonal columns, whose condition number grows slowly with the degree, where that of the
 * monomials 1, t, t², … grows exponentially (lecture 03, "A well-conditioned basis"). The forward recurrence is
 * stable on [−1, 1]: its rounding error grows about linearly in k.
 */
public final class Legendre {

    private Legendre() {
    }

    /**
     * The values P_0(t), …, P_d(t).
     *
     * @param t      a finite point, usually in [−1, 1] (the polynomials are defined everywhere)
     * @param degree the highest degree d ≥ 0
     * @return a new array of length d + 1 whose entry k is P_k(t)
     */
    public static double[] values(double t, int degree) {
        Inputs.requireFinite(t, "t");
        Inputs.requireDegree(degree);
        throw new UnsupportedOperationException("TODO: start from P_0 = 1 and P_1 = t and apply (k + 1)·P_{k+1} = (2k + 1)·t·P_k − k·P_{k−1} up to the degree.");
    }
}
