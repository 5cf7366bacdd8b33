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
        // BEGIN SOLUTION: factor A = L·Lᵀ column by column (fail on a non-positive pivot), then solve L·z = b forward and Lᵀ·x = z backward.
        int n = b.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double pivot = a[j][j];
            for (int k = 0; k < j; k++) {
                pivot -= l[j][k] * l[j][k];
            }
            if (!(pivot > 0.0)) {
                throw new IllegalArgumentException("the kernel matrix is not positive definite: pivot " + j + " is " + pivot);
            }
            l[j][j] = Math.sqrt(pivot);
            for (int i = j + 1; i < n; i++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = sum / l[j][j];
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * z[k];
            }
            z[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
        // END SOLUTION
    }
}
