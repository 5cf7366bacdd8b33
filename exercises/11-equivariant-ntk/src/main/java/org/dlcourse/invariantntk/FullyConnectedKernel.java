package org.dlcourse.invariantntk;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The infinite-width NNGP Σ and NTK Θ of a fully connected ReLU network on flattened images: {@code depth} hidden
 * layers, then a scalar readout, in the NTK parameterization with neural-tangents' {@code stax} conventions
 * (exercise 07; Jacot et al. 2018; Novak et al. 2020). Given to students complete.
 * <pre>
 *   input:   Σ = x·x′/d,  Θ = 0
 *   dense:   Σ ← σ_w²·Σ + σ_b²,  Θ ← Σ + σ_w²·Θ
 *   ReLU:    Σ ← (√(q·q′ − c²) + (π − θ)·c)/(2π),  Θ ← Θ·(π − θ)/(2π),  θ = atan2(√(q·q′ − c²), c)
 * </pre>
 * with c = Σ(x, x′), q = Σ(x, x), q′ = Σ(x′, x′) (Cho and Saul 2009). Both kernels depend on x and x′ through x·x′,
 * |x|² and |x′|² only, so they are invariant under any simultaneous permutation of the pixels.
 *
 * @param depth  the number of hidden layers, at least 1
 * @param sigmaW σ_w &gt; 0
 * @param sigmaB σ_b ≥ 0
 */
public record FullyConnectedKernel(int depth, double sigmaW, double sigmaB) {

    public FullyConnectedKernel {
        if (depth < 1) {
            throw new IllegalArgumentException("the depth must be at least 1, but was " + depth);
        }
        if (!(sigmaW > 0.0) || !Double.isFinite(sigmaW) || !(sigmaB >= 0.0) || !Double.isFinite(sigmaB)) {
            throw new IllegalArgumentException("need σ_w > 0 and σ_b ≥ 0, finite; got " + sigmaW + ", " + sigmaB);
        }
    }

    /** The NNGP kernel Σ of the readout. */
    public Kernel nngp() {
        return (images1, images2) -> kernels(images1, images2)[0];
    }

    /** The NTK Θ of the readout. */
    public Kernel ntk() {
        return (images1, images2) -> kernels(images1, images2)[1];
    }

    /** {Σ, Θ}, each [N1, N2]. */
    private INDArray[] kernels(INDArray images1, INDArray images2) {
        Inputs.requireSameSide(images1, images2);
        int n1 = (int) images1.size(0);
        int n2 = (int) images2.size(0);
        int d = (int) (images1.size(1) * images1.size(2));
        double[] x1 = Inputs.values(images1);
        double[] x2 = Inputs.values(images2);
        double[] q1 = new double[n1];
        double[] q2 = new double[n2];
        for (int i = 0; i < n1; i++) {
            q1[i] = dot(x1, i * d, x1, i * d, d);
        }
        for (int j = 0; j < n2; j++) {
            q2[j] = dot(x2, j * d, x2, j * d, d);
        }
        double[] sigma = new double[n1 * n2];
        double[] theta = new double[n1 * n2];
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                double c = dot(x1, i * d, x2, j * d, d);
                double qi = q1[i];
                double qj = q2[j];
                double t = 0.0;
                for (int layer = 0; layer <= depth; layer++) {
                    double sw2 = sigmaW * sigmaW;
                    double sb2 = sigmaB * sigmaB;
                    c = sw2 * c + sb2;
                    qi = sw2 * qi + sb2;
                    qj = sw2 * qj + sb2;
                    t = c + sw2 * t;
                    if (layer == depth) {
                        break;
                    }
                    double angle = angle(c, qi, qj);
                    t *= (Math.PI - angle) / (2.0 * Math.PI);
                    c = relu(c, qi, qj);
                    qi = relu(qi, qi, qi);
                    qj = relu(qj, qj, qj);
                }
                sigma[i * n2 + j] = c;
                theta[i * n2 + j] = t;
            }
        }
        return new INDArray[] {Inputs.array(sigma, n1, n2), Inputs.array(theta, n1, n2)};
    }

    /** θ = atan2(√(q·q′ − c²), c), exactly 0 when c = q = q′. */
    private static double angle(double c, double q1, double q2) {
        return Math.atan2(Math.sqrt(Math.max(q1 * q2 - c * c, 0.0)), c);
    }

    /**
     * E[φ(u)φ(v)] for ReLU. The variances go through this very arithmetic with c = q = q′ (not q/2), so that an image
     * paired with itself keeps c = q = q′ bitwise in every layer and θ stays exactly 0: otherwise q·q′ − c² is a few
     * ulps away from 0 and θ ≈ 1e-8 (exercise 07's "activation variances").
     */
    private static double relu(double c, double q1, double q2) {
        double s = Math.sqrt(Math.max(q1 * q2 - c * c, 0.0));
        return (s + (Math.PI - angle(c, q1, q2)) * c) / (2.0 * Math.PI);
    }

    /** x·x′/d over the d pixels starting at the two offsets, summed in index order. */
    private static double dot(double[] a, int offsetA, double[] b, int offsetB, int d) {
        double sum = 0.0;
        for (int k = 0; k < d; k++) {
            sum += a[offsetA + k] * b[offsetB + k];
        }
        return sum / d;
    }
}
