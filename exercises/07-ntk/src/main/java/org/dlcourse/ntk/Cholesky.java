package org.dlcourse.ntk;

/**
 * Solves A·x = b for a symmetric positive definite A by the Cholesky factorization A = L·Lᵀ and two triangular
 * solves (Golub and Van Loan, Matrix Computations, algorithm 4.2.1).
 */
final class Cholesky {

    private Cholesky() {
    }

    /** x with A·x = b; fails with the pivot's index when A is not numerically positive definite. */
    static double[] solve(double[][] a, double[] b) {
        throw new UnsupportedOperationException("TODO: factor A = L·Lᵀ column by column (fail on a non-positive pivot), then solve L·z = b forward and Lᵀ·x = z backward.");
    }
}
