package org.dlcourse.finitewidth;

/**
 * Given complete: the thin SVD of any n × p matrix by one-sided Jacobi rotations (Hestenes 1958; Demmel and Veselić
 * 1992; Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., §8.6.3).
 *
 * <p>The columns b_1 … b_k of B (B = A if n ≥ p, else B = Aᵀ, so that k = min(n, p)) are rotated in pairs until
 * every pair is orthogonal to working precision, |b_i·b_j| ≤ ε·‖b_i‖·‖b_j‖; the rotations, accumulated in V_B, give
 * B·V_B = [b_1 … b_k] with orthogonal columns, so σ_i = ‖b_i‖ and u_i = b_i/σ_i. Each rotation is exact in exact
 * arithmetic and orthogonal in floating point to a few ulps, which makes the small singular values accurate relative
 * to ‖A‖ — what a rank decision needs. Cost: a sweep is k(k − 1)/2 rotations of 3 dot products and 4 updates of
 * length max(n, p); 6–10 sweeps converge.
 */
public final class JacobiSvd {

    /** A pair is orthogonal once |b_i·b_j| ≤ ε·‖b_i‖·‖b_j‖ (Demmel and Veselić's criterion). */
    private static final double ORTHOGONAL = 2.220446049250313e-16;

    /** Convergence is quadratic after a few sweeps; 60 is a guard, never reached on finite input. */
    private static final int MAX_SWEEPS = 60;

    private JacobiSvd() {
    }

    /** The thin SVD of {@code a} (n × p, finite); {@code a} is not modified. */
    public static Svd decompose(double[][] a) {
        Inputs.requireMatrix(a, "a");
        int n = a.length;
        int p = a[0].length;
        boolean transposed = n < p;
        int k = Math.min(n, p);
        int m = Math.max(n, p);
        double[][] columns = new double[k][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                if (transposed) {
                    columns[i][j] = a[i][j];
                } else {
                    columns[j][i] = a[i][j];
                }
            }
        }
        double[][] rotations = new double[k][k];
        for (int i = 0; i < k; i++) {
            rotations[i][i] = 1.0;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int i = 0; i < k - 1; i++) {
                for (int j = i + 1; j < k; j++) {
                    rotated |= orthogonalize(columns, rotations, i, j);
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[] sigma = new double[k];
        for (int i = 0; i < k; i++) {
            sigma[i] = Math.sqrt(Inputs.dot(columns[i], columns[i]));
            for (int r = 0; r < m; r++) {
                columns[i][r] = sigma[i] > 0.0 ? columns[i][r] / sigma[i] : 0.0;
            }
        }
        return transposed ? new Svd(rotations, sigma, columns) : new Svd(columns, sigma, rotations);
    }

    /** Rotates columns i and j (and the accumulated rotations) to make them orthogonal; false if they already are. */
    private static boolean orthogonalize(double[][] columns, double[][] rotations, int i, int j) {
        double alpha = Inputs.dot(columns[i], columns[i]);
        double beta = Inputs.dot(columns[j], columns[j]);
        double gamma = Inputs.dot(columns[i], columns[j]);
        if (gamma == 0.0 || Math.abs(gamma) <= ORTHOGONAL * Math.sqrt(alpha) * Math.sqrt(beta)) {
            return false;
        }
        // The smaller of the two angles that zero the off-diagonal entry of [[α, γ], [γ, β]] (Rutishauser's formulas).
        double zeta = (beta - alpha) / (2.0 * gamma);
        double t = Math.signum(zeta == 0.0 ? 1.0 : zeta) / (Math.abs(zeta) + Math.hypot(1.0, zeta));
        double c = 1.0 / Math.hypot(1.0, t);
        double s = c * t;
        rotate(columns[i], columns[j], c, s);
        rotate(rotations[i], rotations[j], c, s);
        return true;
    }

    private static void rotate(double[] x, double[] y, double c, double s) {
        for (int r = 0; r < x.length; r++) {
            double xr = x[r];
            double yr = y[r];
            x[r] = c * xr - s * yr;
            y[r] = s * xr + c * yr;
        }
    }
}
