package org.dlcourse.ntk;

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
 * Public properties for exercise 07: laws of the Cholesky solve, the input kernel and the dense layer's kernel
 * recursion, checked on generated matrices and scales. The runner tries edge cases first (zeros, the bounds, a
 * 1 × 1 matrix), then random ones from a seed; a failure is shrunk to the smallest input that still fails and
 * reported with it and the seed ({@code -Ddlcourse.seed=...} replays it). The hidden tests check more: the network,
 * the empirical and analytic NTK against neural-tangents, gradient flow and the width laws.
 */
class NtkPublicProperties {

    /**
     * A = M·Mᵀ + n·I with |M_ij| ≤ 1 has eigenvalues in [n, 2n], condition ≤ 2: a Cholesky solve is accurate to a few
     * ulps, ~1e-15; 1e-10 leaves five orders of margin.
     */
    private static final double SOLVE = 1e-10;

    /** The dense recursion is two multiply-adds per entry on numbers ≤ 30: rounding ≲ 1e-14; 1e-12 is wide. */
    private static final double RECURSION = 1e-12;

    Gen<INDArray> matrices() {
        return Gens.matrices().rows(1, 5).cols(1, 5).values(Gens.doubles(-1, 1));
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "gradient-flow",
            hint = "Cholesky: A = L·Lᵀ column by column, then L·z = b forward and Lᵀ·x = z backward; for b = A·x the solve must give x back.")
    void choleskySolvesPositiveDefiniteSystems(@ForAll("matrices") INDArray generated) {
        double[][] m = generated.toDoubleMatrix();
        int n = m.length;
        double[][] a = new double[n][n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1.0 - 0.5 * i;
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? n : 0.0);
                for (int k = 0; k < m[0].length; k++) {
                    a[i][j] += m[i][k] * m[j][k];
                }
            }
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i] += a[i][j] * x[j];
            }
        }

        double[] solution = Cholesky.solve(a, b);

        assertThat(solution).as("the solution of A·x = b with A = %s", Arrays.deepToString(a)).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(solution[i]).as("x_%d", i).isCloseTo(x[i], within(SOLVE));
        }
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "analytic-kernels",
            hint = "The input kernel of a batch with itself is symmetric, exactly, and its diagonal holds |x_i|²/d: sum every dot product in index order.")
    void theInputKernelOfABatchWithItselfIsSymmetricWithTheVariancesOnItsDiagonal(
            @ForAll("matrices") INDArray inputs) {
        double[][] x = inputs.toDoubleMatrix();
        int n = x.length;
        int d = x[0].length;

        double[] kernel = AnalyticKernels.inputKernel(x, x);

        assertThat(kernel).as("the input kernel of %s", Arrays.deepToString(x)).hasSize(n * n);
        for (int i = 0; i < n; i++) {
            double variance = 0.0;
            for (int k = 0; k < d; k++) {
                variance += x[i][k] * x[i][k];
            }
            assertThat(kernel[i * n + i]).as("Σ(x_%d, x_%d)", i, i).isCloseTo(variance / d, within(RECURSION));
            for (int j = 0; j < n; j++) {
                assertThat(kernel[i * n + j]).as("Σ(x_%d, x_%d) against Σ(x_%d, x_%d)", i, j, j, i)
                        .isEqualTo(kernel[j * n + i]);
            }
        }
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "analytic-kernels",
            hint = "A dense layer maps Σ to σ_w²·Σ + σ_b² and then Θ to the NEW Σ plus σ_w²·Θ, entry by entry, in place.")
    void aDenseLayerUpdatesTheNtkWithTheNewNngp(@ForAll("matrices") INDArray kernels,
            @ForAll @DoubleRange(min = 0, max = 3) double sw2, @ForAll @DoubleRange(min = 0, max = 3) double sb2) {
        double[] sigma = kernels.ravel().toDoubleVector();
        double[] theta = Arrays.stream(sigma).map(value -> 2 - value).toArray();
        double[] sigmaBefore = sigma.clone();
        double[] thetaBefore = theta.clone();

        AnalyticKernels.dense(sigma, theta, sw2, sb2);

        for (int k = 0; k < sigma.length; k++) {
            double newSigma = sw2 * sigmaBefore[k] + sb2;
            assertThat(sigma[k]).as("Σ[%d] after the layer", k).isCloseTo(newSigma, within(RECURSION));
            assertThat(theta[k]).as("Θ[%d] after the layer", k)
                    .isCloseTo(newSigma + sw2 * thetaBefore[k], within(RECURSION));
        }
    }
}
