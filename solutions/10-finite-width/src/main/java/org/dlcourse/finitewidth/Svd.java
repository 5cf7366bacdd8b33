package org.dlcourse.finitewidth;

/**
 * A thin singular value decomposition A = U·diag(σ)·Vᵀ of an n × p matrix, k = min(n, p): {@code u[i]} is the i-th
 * left singular vector (length n), {@code v[i]} the i-th right singular vector (length p), σ_i ≥ 0 in no particular
 * order. For a zero singular value, the vector on the side of the longer dimension is the zero vector.
 */
public record Svd(double[][] u, double[] singularValues, double[][] v) {

    /** The largest singular value, 0 for a zero matrix. */
    public double largest() {
        double largest = 0.0;
        for (double sigma : singularValues) {
            largest = Math.max(largest, sigma);
        }
        return largest;
    }
}
