package org.dlcourse.finitewidth;

/**
 * The infinite-width limit of {@link RandomReluFeatures}: the arc-cosine kernel of order 1 (Cho and Saul 2009),
 * which is the depth-1 ReLU NNGP of exercise 07 (neural-tangents' {@code stax}) without its readout bias σ_b²
 * (lecture 10, "Random features and their kernel"):
 * <pre>
 *     q = σ_w²·|x|²/d + σ_b²,   q′ = σ_w²·|x′|²/d + σ_b²,   c = σ_w²·(x·x′)/d + σ_b²,
 *     s = √max(q·q′ − c², 0),   θ = atan2(s, c),
 *     k(x, x′) = σ_w²·E[relu(u)·relu(v)] = σ_w²·(s + (π − θ)·c)/(2π),   (u, v) ~ N(0, [[q, c], [c, q′]]).
 * </pre>
 * θ by atan2, not arccos(c/√(q·q′)): on the diagonal rounding puts the cosine a few ulps above 1, where arccos is
 * NaN; with every dot product summed in index order, equal rows give s = 0 and θ = 0 exactly, and k(x, x) = σ_w²·q/2.
 */
public final class ArcCosineKernel {

    private ArcCosineKernel() {
    }

    /** The limit kernel k(x_i, x′_j) [N1][N2] between the rows of {@code x1} [N1][d] and {@code x2} [N2][d]. */
    public static double[][] nngp(double[][] x1, double[][] x2, double sigmaW, double sigmaB) {
        Inputs.requireMatrix(x1, "x1");
        Inputs.requireMatrix(x2, "x2");
        Inputs.requireSameDimension(x1, x2);
        Inputs.requireScale(sigmaW, "sigmaW");
        Inputs.requireScale(sigmaB, "sigmaB");
        throw new UnsupportedOperationException("TODO: with q, q′ and c the pre-activation (co)variances σ_w²·x·x′/d + σ_b², s = √max(q·q′ − c², 0) and θ = atan2(s, c): k = σ_w²·(s + (π − θ)·c)/(2π).");
    }
}
