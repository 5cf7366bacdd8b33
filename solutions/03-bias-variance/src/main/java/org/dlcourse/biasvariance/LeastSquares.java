package org.dlcourse.biasvariance;

/**
 * The least-squares solution of an overdetermined linear system, c = argmin_c ‖A·c − b‖₂ for A of shape m × n,
 * m ≥ n, of full column rank, by Householder QR (Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., §5.2
 * and §5.3.3).
 *
 * <p>n Householder reflections H_k = I − 2·v_k·v_kᵀ/(v_kᵀv_k) turn A into R = H_n⋯H_1·A, upper triangular in its
 * first n rows and zero below. They are orthogonal, so ‖A·c − b‖ = ‖R·c − Qᵀb‖ with Qᵀb = H_n⋯H_1·b, which is
 * smallest when the first n rows match: solve R₁·c = (Qᵀb)₁ by back substitution.
 *
 * <p>Why not the normal equations c = (AᵀA)⁻¹·Aᵀb: cond(AᵀA) = cond(A)², so forming AᵀA squares the condition
 * number before anything is solved. With cond(A) = 10⁸ the normal equations have condition 10¹⁶ and keep no
 * correct digit in double precision, whereas Householder QR is backward stable and its error on a consistent
 * system is of order cond(A)·ε (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., §19–20;
 * lecture 03, "Solving least squares").
 */
public final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * The least-squares solution of A·c ≈ b; A and b are not modified.
     *
     * @param a a finite m × n matrix (rows are {@code a[i]}) with m ≥ n ≥ 1 and full column rank; if A is rank
     *          deficient the solution is not unique and the result is not meaningful
     * @param b a finite right-hand side with m entries
     * @return the n coefficients c minimising ‖A·c − b‖₂
     */
    public static double[] solve(double[][] a, double[] b) {
        Inputs.requireSystem(a, b);
        // BEGIN SOLUTION: triangularize a copy of A with Householder reflections, apply the same reflections to a copy of b, and back-substitute in the upper n × n triangle.
        int rows = a.length;
        int columns = a[0].length;
        // Column-major copy: a reflection then updates one contiguous array per column, and b is one more column.
        double[][] r = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                r[j][i] = a[i][j];
            }
        }
        double[] qtb = b.clone();
        double[] v = new double[rows];
        for (int k = 0; k < columns; k++) {
            double norm = norm(r[k], k);
            // The reflection maps column k onto alpha·e_k; taking alpha of the sign opposite to r_kk makes
            // v_k = r_kk − alpha a sum of two numbers of the same sign, free of cancellation.
            double alpha = r[k][k] > 0 ? -norm : norm;
            System.arraycopy(r[k], k, v, k, rows - k);
            v[k] -= alpha;
            double vv = dot(v, v, k);
            for (int j = k; j < columns; j++) {
                reflect(v, vv, k, r[j]);
            }
            reflect(v, vv, k, qtb);
        }
        double[] c = new double[columns];
        for (int k = columns - 1; k >= 0; k--) {
            double sum = qtb[k];
            for (int j = k + 1; j < columns; j++) {
                sum -= r[j][k] * c[j];
            }
            c[k] = sum / r[k][k];
        }
        return c;
        // END SOLUTION
    }

    // BEGIN SOLUTION
    /** ‖(y_k, …, y_{m−1})‖₂, scaled by the largest entry so that squaring neither overflows nor underflows. */
    private static double norm(double[] y, int k) {
        double scale = 0.0;
        for (int i = k; i < y.length; i++) {
            scale = Math.max(scale, Math.abs(y[i]));
        }
        if (scale == 0.0) {
            return 0.0;
        }
        double sum = 0.0;
        for (int i = k; i < y.length; i++) {
            double scaled = y[i] / scale;
            sum += scaled * scaled;
        }
        return scale * Math.sqrt(sum);
    }

    /** Σ_{i ≥ k} u_i·w_i. */
    private static double dot(double[] u, double[] w, int k) {
        double sum = 0.0;
        for (int i = k; i < u.length; i++) {
            sum += u[i] * w[i];
        }
        return sum;
    }

    /** Applies I − 2·v·vᵀ/(vᵀv), v zero above entry k, to y in place. */
    private static void reflect(double[] v, double vv, int k, double[] y) {
        double factor = 2.0 * dot(v, y, k) / vv;
        for (int i = k; i < y.length; i++) {
            y[i] -= factor * v[i];
        }
    }
    // END SOLUTION
}
