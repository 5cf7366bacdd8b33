package org.dlcourse.finitewidth;

/**
 * Least squares of any shape through the SVD A = Σ_i σ_i·u_i·v_iᵀ (lecture 10, "The minimum-norm interpolator"):
 * <pre>
 *     minimum norm:  w = Σ_{σ_i > τ} v_i·(u_i·y)/σ_i,     τ = max(n, p)·ε·σ_max   (numpy's lstsq and pinv),
 *     ridge, λ > 0:  w = Σ_i v_i·σ_i·(u_i·y)/(σ_i² + λ) = argmin_w ‖A·w − y‖² + λ·‖w‖²   (sums, not means).
 * </pre>
 * The minimum-norm w is the least-squares solution of smallest norm: A·w = y when p ≥ n and A has full row rank, and
 * w lies in the row space of A, orthogonal to its null space. Singular values at or below τ are rounding noise of
 * zero ones (duplicate or zero rows, rank-deficient designs); dividing by them would add vectors of norm ~1/ε.
 * Ridge tends to the minimum-norm solution as λ → 0⁺, since σ/(σ² + λ) → 1/σ for σ > 0 and stays 0 for σ = 0.
 * Neither forms AᵀA or its inverse, whose condition number is cond(A)².
 */
public final class MinimumNorm {

    /** The relative rank tolerance's factor, ε = 2⁻⁵² (the spacing of doubles at 1). */
    public static final double EPSILON = 2.220446049250313e-16;

    private MinimumNorm() {
    }

    /** τ = max(n, p)·ε·σ_max: singular values of an n × p matrix at or below it count as zero. */
    public static double rankTolerance(Svd svd, int n, int p) {
        // BEGIN SOLUTION: return max(n, p)·ε·σ_max, a tolerance RELATIVE to the largest singular value.
        return Math.max(n, p) * EPSILON * svd.largest();
        // END SOLUTION
    }

    /** The minimum-norm least-squares solution of A·w ≈ y for A n × p (any shape) and y of length n. */
    public static double[] solve(double[][] a, double[] y) {
        Inputs.requireMatrix(a, "a");
        Inputs.requireVector(y, a.length, "y");
        Svd svd = JacobiSvd.decompose(a);
        double tolerance = rankTolerance(svd, a.length, a[0].length);
        // BEGIN SOLUTION: w = Σ v_i·(u_i·y)/σ_i over the singular values σ_i strictly above the tolerance only.
        double[] w = new double[a[0].length];
        for (int i = 0; i < svd.singularValues().length; i++) {
            double sigma = svd.singularValues()[i];
            if (sigma > tolerance) {
                addScaled(w, svd.v()[i], Inputs.dot(svd.u()[i], y) / sigma);
            }
        }
        return w;
        // END SOLUTION
    }

    /** The ridge solution argmin_w ‖A·w − y‖² + λ·‖w‖² for λ > 0, A n × p (any shape), y of length n. */
    public static double[] ridge(double[][] a, double[] y, double lambda) {
        Inputs.requireMatrix(a, "a");
        Inputs.requireVector(y, a.length, "y");
        if (!(lambda > 0.0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and > 0, but was " + lambda);
        }
        Svd svd = JacobiSvd.decompose(a);
        // BEGIN SOLUTION: w = Σ v_i·σ_i·(u_i·y)/(σ_i² + λ) over all singular values (the penalty is λ·‖w‖², the loss a sum).
        double[] w = new double[a[0].length];
        for (int i = 0; i < svd.singularValues().length; i++) {
            double sigma = svd.singularValues()[i];
            addScaled(w, svd.v()[i], sigma * Inputs.dot(svd.u()[i], y) / (sigma * sigma + lambda));
        }
        return w;
        // END SOLUTION
    }

    /** w ← w + factor·v. */
    private static void addScaled(double[] w, double[] v, double factor) {
        for (int j = 0; j < w.length; j++) {
            w[j] += factor * v[j];
        }
    }
}
