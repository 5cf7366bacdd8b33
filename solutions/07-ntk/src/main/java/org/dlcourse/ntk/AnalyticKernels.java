package org.dlcourse.ntk;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The infinite-width NNGP kernel Σ and Neural Tangent Kernel Θ of an {@link Architecture}, by the layer recursion
 * with the conventions of neural-tangents' {@code stax} (Novak et al. 2020, "Neural Tangents: fast and easy
 * infinite neural networks in Python"; Jacot et al. 2018; Lee et al. 2019, appendix):
 * <pre>
 *     input:       Σ = x·x′/d,   Θ = 0
 *     dense:       Σ ← σ_w²·Σ + σ_b²,          Θ ← Σ_new + σ_w²·Θ
 *     activation:  Σ ← E[φ(u)·φ(v)],           Θ ← Σ̇·Θ,   Σ̇ = E[φ′(u)·φ′(v)]
 * </pre>
 * with (u, v) ~ N(0, [[q, c], [c, q′]]), q = Σ(x, x), q′ = Σ(x′, x′), c = Σ(x, x′); {@code depth} times dense and
 * activation, then the readout's dense step. Closed forms of the expectations (lecture 07, "The recursion"):
 * <pre>
 *     ReLU (arc-cosine kernel, Cho and Saul 2009):  θ = atan2(√(q·q′ − c²), c)
 *         E[φφ] = (√(q·q′ − c²) + (π − θ)·c)/(2π),   E[φ′φ′] = (π − θ)/(2π)
 *     erf (Williams 1997):
 *         E[φφ] = (2/π)·arcsin(2c/√((1 + 2q)(1 + 2q′))),   E[φ′φ′] = (4/π)/√((1 + 2q)(1 + 2q′) − 4c²)
 * </pre>
 * θ by atan2 rather than arccos(c/√(q·q′)): on the diagonal rounding puts the cosine a few ulps from 1, where
 * arccos is NaN above 1 and off by ~1e-8 below it; atan2(0, c) is exactly 0.
 *
 * <p>Plain Java loops over {@code double[]} in row-major order: one pass per layer with one atan2 and one square
 * root per entry; for one input set only the upper triangle is computed (lecture 07, "Performance").
 */
public final class AnalyticKernels {

    private static final double TWO_PI = 2.0 * Math.PI;

    private AnalyticKernels() {
    }

    /** Σ(x_i, x′_j) and Θ(x_i, x′_j) between the rows of {@code x1} [N1, d] and {@code x2} [N2, d]. */
    public static Kernels compute(Architecture architecture, INDArray x1, INDArray x2) {
        Inputs.requireInputs(x1, "x1");
        Inputs.requireInputs(x2, "x2");
        Inputs.requireSameDimension(x1, x2);
        return recursion(architecture, x1, x2, false);
    }

    /** Σ(x_i, x_j) and Θ(x_i, x_j) between the rows of {@code x} [N, d]; symmetric, computed on one triangle. */
    public static Kernels compute(Architecture architecture, INDArray x) {
        Inputs.requireInputs(x, "x");
        return recursion(architecture, x, x, true);
    }

    private static Kernels recursion(Architecture architecture, INDArray x1, INDArray x2, boolean symmetric) {
        int n1 = x1.rows();
        int n2 = x2.rows();
        double sw2 = architecture.sigmaW() * architecture.sigmaW();
        double sb2 = architecture.sigmaB() * architecture.sigmaB();
        double[][] rows1 = x1.toDoubleMatrix();
        double[][] rows2 = symmetric ? rows1 : x2.toDoubleMatrix();
        double[] sigma = inputKernel(rows1, rows2);
        double[] theta = new double[n1 * n2];
        double[] q1 = inputVariances(rows1);
        double[] q2 = symmetric ? q1 : inputVariances(rows2);
        for (int layer = 0; layer < architecture.depth(); layer++) {
            dense(sigma, theta, sw2, sb2);
            q1 = denseVariances(q1, sw2, sb2);
            q2 = symmetric ? q1 : denseVariances(q2, sw2, sb2);
            activation(architecture.activation(), sigma, theta, q1, q2, symmetric);
            q1 = activationVariances(architecture.activation(), q1);
            q2 = symmetric ? q1 : activationVariances(architecture.activation(), q2);
        }
        dense(sigma, theta, sw2, sb2);
        if (symmetric) {
            mirrorUpperTriangle(sigma, n1);
            mirrorUpperTriangle(theta, n1);
        }
        return new Kernels(Nd4j.create(sigma, new long[] {n1, n2}), Nd4j.create(theta, new long[] {n1, n2}));
    }

    /**
     * The input kernel Σ(x_i, x′_j) = x_i·x′_j/d, row-major [N1·N2], each entry by the same loop as
     * {@link #inputVariances}: equal rows then give bitwise equal Σ(x, x′) and q, so that q·q′ − c² is exactly 0
     * on the diagonal and θ exactly 0 (a matrix product summing in another order would leave θ ≈ 1e-8 there).
     */
    static double[] inputKernel(double[][] x1, double[][] x2) {
        // BEGIN SOLUTION: return the row-major entries x1_i·x2_j/d (d = the input dimension), each dot product summed in index order as in inputVariances.
        double[] sigma = new double[x1.length * x2.length];
        for (int i = 0; i < x1.length; i++) {
            for (int j = 0; j < x2.length; j++) {
                sigma[i * x2.length + j] = dot(x1[i], x2[j]) / x1[i].length;
            }
        }
        return sigma;
        // END SOLUTION
    }

    /** The input variances q_i = Σ(x_i, x_i) = |x_i|²/d. */
    private static double[] inputVariances(double[][] x) {
        double[] q = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            q[i] = dot(x[i], x[i]) / x[i].length;
        }
        return q;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    /**
     * One dense layer in place: Σ ← σ_w²·Σ + σ_b², then Θ ← Σ_new + σ_w²·Θ (Θ uses the new Σ, as stax's
     * {@code Dense}).
     */
    static void dense(double[] sigma, double[] theta, double sw2, double sb2) {
        // BEGIN SOLUTION: for every entry, first Σ ← σ_w²·Σ + σ_b², then Θ ← Σ_new + σ_w²·Θ (with the NEW Σ).
        for (int k = 0; k < sigma.length; k++) {
            sigma[k] = sw2 * sigma[k] + sb2;
            theta[k] = sigma[k] + sw2 * theta[k];
        }
        // END SOLUTION
    }

    private static double[] denseVariances(double[] q, double sw2, double sb2) {
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            out[i] = sw2 * q[i] + sb2;
        }
        return out;
    }

    private static void activation(Activation activation, double[] sigma, double[] theta, double[] q1, double[] q2,
            boolean upperOnly) {
        switch (activation) {
            case RELU -> relu(sigma, theta, q1, q2, upperOnly);
            case ERF -> erf(sigma, theta, q1, q2, upperOnly);
            default -> throw new IllegalStateException("unknown activation " + activation);
        }
    }

    /**
     * The variances after the activation, E[φ(u)²] for u ~ N(0, q), by the very same arithmetic as the matrix
     * entries with c = q = q′, so that a row equal to a column keeps giving bitwise equal entries.
     */
    private static double[] activationVariances(Activation activation, double[] q) {
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            double[] variance = {q[i]};
            double[] one = {q[i]};
            activation(activation, variance, new double[1], one, one, false);
            out[i] = variance[0];
        }
        return out;
    }

    /**
     * The ReLU step in place on Σ [N1·N2] and Θ with the pre-activation variances q1 [N1] and q2 [N2]; only
     * entries j ≥ i when {@code upperOnly}.
     */
    static void relu(double[] sigma, double[] theta, double[] q1, double[] q2, boolean upperOnly) {
        int n2 = q2.length;
        for (int i = 0; i < q1.length; i++) {
            for (int j = upperOnly ? i : 0; j < n2; j++) {
                int k = i * n2 + j;
                // BEGIN SOLUTION: with c = Σ[k], s = √max(q1_i·q2_j − c², 0) and θ = atan2(s, c): Σ ← (s + (π − θ)·c)/(2π) and Θ ← Θ·(π − θ)/(2π).
                double c = sigma[k];
                double s = Math.sqrt(Math.max(q1[i] * q2[j] - c * c, 0.0));
                double angle = Math.atan2(s, c);
                sigma[k] = (s + (Math.PI - angle) * c) / TWO_PI;
                theta[k] *= (Math.PI - angle) / TWO_PI;
                // END SOLUTION
            }
        }
    }

    /** The erf step in place, like {@link #relu}. */
    static void erf(double[] sigma, double[] theta, double[] q1, double[] q2, boolean upperOnly) {
        int n2 = q2.length;
        for (int i = 0; i < q1.length; i++) {
            for (int j = upperOnly ? i : 0; j < n2; j++) {
                int k = i * n2 + j;
                // BEGIN SOLUTION: with c = Σ[k] and a = (1 + 2·q1_i)(1 + 2·q2_j): Σ ← (2/π)·arcsin(2c/√a) and Θ ← Θ·(4/π)/√(a − 4c²).
                double c = sigma[k];
                double a = (1.0 + 2.0 * q1[i]) * (1.0 + 2.0 * q2[j]);
                sigma[k] = 2.0 / Math.PI * Math.asin(2.0 * c / Math.sqrt(a));
                theta[k] *= 4.0 / Math.PI / Math.sqrt(a - 4.0 * c * c);
                // END SOLUTION
            }
        }
    }

    private static void mirrorUpperTriangle(double[] matrix, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                matrix[i * n + j] = matrix[j * n + i];
            }
        }
    }
}
