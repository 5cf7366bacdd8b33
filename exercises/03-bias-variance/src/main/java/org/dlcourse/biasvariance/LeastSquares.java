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
        throw new UnsupportedOperationException("TODO: triangularize a copy of A with Householder reflections, apply the same reflections to a copy of b, and back-substitute in the upper n × n triangle.");
    }

}
