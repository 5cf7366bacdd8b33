package org.dlcourse.finitewidth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.DoubleRange;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Public properties for exercise 10: laws of the limit kernel, of the minimum-norm solve and of ridge on generated
 * matrices. The runner tries edge cases first (zeros, the bounds, a 1 × 1 matrix), then random ones from a seed; a
 * failure is shrunk to the smallest input that still fails and reported with it and the seed
 * ({@code -Ddlcourse.seed=...} replays it). The hidden tests check more: the features' convention, the kernel
 * against neural-tangents, the p^(−1/2) law, degenerate systems and double descent.
 */
class FiniteWidthPublicProperties {

    /** Hand-sized arithmetic on values ≤ 10: ≲ 1e-14; 1e-12 is wide. */
    private static final double KERNEL = 1e-12;

    /** A backward-stable solve of a system with entries ≤ 1 and ≤ 5 rows: residual ≲ 1e-14·scale; 1e-9 is wide. */
    private static final double RESIDUAL = 1e-9;

    Gen<INDArray> matrices() {
        return Gens.matrices().rows(1, 5).cols(1, 5).values(Gens.doubles(-1, 1));
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "kernel-limit",
            hint = "The limit kernel of a batch with itself is symmetric and its diagonal is σ_w²·q/2 with q = σ_w²·|x|²/d + σ_b², finite also for a zero row (θ by atan2).")
    void theLimitKernelIsSymmetricWithHalfTheVarianceOnItsDiagonal(@ForAll("matrices") INDArray inputs,
            @ForAll @DoubleRange(min = 0, max = 2) double sigmaW, @ForAll @DoubleRange(min = 0, max = 2) double sigmaB) {
        double[][] x = inputs.toDoubleMatrix();

        double[][] k = ArcCosineKernel.nngp(x, x, sigmaW, sigmaB);

        for (int i = 0; i < x.length; i++) {
            double q = sigmaW * sigmaW * Arrays.stream(x[i]).map(v -> v * v).sum() / x[i].length + sigmaB * sigmaB;
            assertThat(k[i][i]).as("k(x_%d, x_%d)", i, i).isCloseTo(sigmaW * sigmaW * q / 2, within(KERNEL));
            for (int j = 0; j < x.length; j++) {
                assertThat(k[i][j]).as("k(x_%d, x_%d) against k(x_%d, x_%d)", i, j, j, i).isCloseTo(k[j][i], within(KERNEL));
            }
        }
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "least-squares",
            hint = "The minimum-norm least-squares solution satisfies the normal equations Aᵀ·(A·w − y) = 0 for every shape, rank deficient or not.")
    void theMinimumNormSolutionSatisfiesTheNormalEquations(@ForAll("matrices") INDArray matrix) {
        double[][] a = matrix.toDoubleMatrix();
        double[] y = new double[a.length];
        Arrays.setAll(y, i -> 1.0 - 0.5 * i);

        double[] w = MinimumNorm.solve(a, y);

        assertThat(w).as("w").hasSize(a[0].length);
        double[] residual = residual(a, w, y);
        for (int j = 0; j < w.length; j++) {
            double gradient = 0.0;
            for (int i = 0; i < a.length; i++) {
                gradient += a[i][j] * residual[i];
            }
            assertThat(gradient).as("(Aᵀ·(A·w − y))_%d for w = %s", j, Arrays.toString(w))
                    .isCloseTo(0.0, within(RESIDUAL * (1 + norm(w))));
        }
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "least-squares",
            hint = "Ridge minimises ‖A·w − y‖² + λ·‖w‖², so its gradient Aᵀ·(A·w − y) + λ·w is zero.")
    void ridgeZeroesItsGradient(@ForAll("matrices") INDArray matrix,
            @ForAll @DoubleRange(min = 0.01, max = 10) double lambda) {
        double[][] a = matrix.toDoubleMatrix();
        double[] y = new double[a.length];
        Arrays.setAll(y, i -> 1.0 - 0.5 * i);

        double[] w = MinimumNorm.ridge(a, y, lambda);

        double[] residual = residual(a, w, y);
        for (int j = 0; j < w.length; j++) {
            double gradient = lambda * w[j];
            for (int i = 0; i < a.length; i++) {
                gradient += a[i][j] * residual[i];
            }
            assertThat(gradient).as("(Aᵀ·(A·w − y) + λ·w)_%d for w = %s", j, Arrays.toString(w))
                    .isCloseTo(0.0, within(RESIDUAL * (1 + lambda) * (1 + norm(w))));
        }
    }

    private static double[] residual(double[][] a, double[] w, double[] y) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < w.length; j++) {
                r[i] += a[i][j] * w[j];
            }
            r[i] -= y[i];
        }
        return r;
    }

    private static double norm(double[] v) {
        return Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
    }
}
