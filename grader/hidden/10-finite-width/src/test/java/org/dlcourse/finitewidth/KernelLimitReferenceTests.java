package org.dlcourse.finitewidth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.reference.ReferenceValues;
import org.junit.jupiter.api.Test;

/**
 * The limit kernel and the Monte-Carlo kernel of the student's features against neural-tangents' depth-1 ReLU NNGP
 * (σ_w = 1, σ_b = 0, so the readout adds nothing; provenance in the resource: neural-tangents 0.6.6 on JAX, float64,
 * copied from exercise 07's reference values). A sample, not a proof: the laws in {@link ArcCosineKernelProperties}
 * and {@link KernelConvergenceTests} must hold on any input.
 */
class KernelLimitReferenceTests {

    /** Both sides are float64 evaluations of the same closed form: ~1e-15 relative; 1e-10 as in exercise 07. */
    static final double RELATIVE = 1e-10;

    /**
     * Mean relative Frobenius error of p = 4096 features over 4 seeds. Measured on the reference sample with the
     * reference solution: error·√p between 1.37 and 5.24 for single seeds (seeds 0–19 at p = 100, 4096 and 10,000),
     * and a mean of 0.044 over the 4 seeds below; 6/√p ≈ 0.094 leaves a factor 2.1 and is above every single seed
     * measured. A wrong scale (√(2/p) doubles the kernel: error 1) or a 1/d instead of 1/√d (error 0.84) is far
     * outside.
     */
    static final double MONTE_CARLO = 6.0 / Math.sqrt(4096);

    private static final ReferenceValues REFERENCE = ReferenceValues.load(KernelLimitReferenceTests.class,
            "nngp-neural-tangents.json");

    @Test
    @Graded(points = 4, task = "kernel-limit",
            hint = "The arc-cosine kernel differs from neural-tangents' depth-1 ReLU NNGP (σ_w = 1, σ_b = 0): input kernel x·x′/d, then k = σ_w²·(s + (π − θ)·c)/(2π) with s = √max(q·q′ − c², 0) and θ = atan2(s, c); the 1/(2π), not 1/π.")
    void theLimitKernelMatchesNeuralTangents() {
        double[][] train = REFERENCE.matrix("/x_train").toDoubleMatrix();
        double[][] test = REFERENCE.matrix("/x_test").toDoubleMatrix();

        relativelyClose("k(train, train)", ArcCosineKernel.nngp(train, train, 1.0, 0.0),
                REFERENCE.matrix("/relu_1hidden_w1_b0/nngp_train").toDoubleMatrix(), RELATIVE);
        relativelyClose("k(test, train)", ArcCosineKernel.nngp(test, train, 1.0, 0.0),
                REFERENCE.matrix("/relu_1hidden_w1_b0/nngp_test_train").toDoubleMatrix(), RELATIVE);
        assertThat(REFERENCE.provenance()).contains("neural-tangents");
    }

    @Test
    @Graded(points = 4, task = "relu-features",
            hint = "φ(x)·φ(x′) of many features must approach the NNGP of neural-tangents (relative Frobenius error ~ p^(−1/2)): scale the features by σ_w/√p (not √(2/p)), the dot product w_k·x by σ_w/√d (not 1/d), and draw nothing but the given weights.")
    void theMonteCarloKernelApproachesNeuralTangents() {
        double[][] train = REFERENCE.matrix("/x_train").toDoubleMatrix();
        double[][] limit = REFERENCE.matrix("/relu_1hidden_w1_b0/nngp_train").toDoubleMatrix();
        int seeds = 4;
        double meanError = 0.0;
        for (int seed = 0; seed < seeds; seed++) {
            double[][] empirical = RandomReluFeatures.sample(train[0].length, 4096, 1.0, 0.0, seed).kernel(train, train);
            double[][] difference = new double[limit.length][];
            for (int i = 0; i < limit.length; i++) {
                difference[i] = Oracle.minus(empirical[i], limit[i]);
            }
            meanError += Oracle.frobenius(difference) / Oracle.frobenius(limit) / seeds;
        }

        assertThat(meanError).as("mean relative Frobenius error of 4096 features over %d seeds", seeds)
                .isLessThanOrEqualTo(MONTE_CARLO);
    }

    static void relativelyClose(String what, double[][] actual, double[][] expected, double relative) {
        assertThat(actual).as(what).isNotNull().hasDimensions(expected.length, expected[0].length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[0].length; j++) {
                if (!(Math.abs(actual[i][j] - expected[i][j]) <= relative * Math.abs(expected[i][j]))) {
                    fail("%s: entry [%d, %d] is %s, expected %s (relative error %.3g, allowed %.1g)", what, i, j,
                            actual[i][j], expected[i][j], Math.abs(actual[i][j] - expected[i][j]) / Math.abs(expected[i][j]),
                            relative);
                }
            }
        }
    }
}
