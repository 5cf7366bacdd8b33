package org.dlcourse.finitewidth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;

/** Small examples to check by hand (lecture 10). The hidden tests check the laws on generated inputs. */
class FiniteWidthExamplesTests {

    /** Hand-sized arithmetic in double: a few ulps; 1e-12 is wide. */
    private static final double HAND = 1e-12;

    @Test
    @Graded(points = 1, task = "relu-features",
            hint = "Φ_ik = (σ_w/√p)·relu(σ_w·(w_k·x_i)/√d + σ_b·b_k).")
    void twoFeaturesOfOneInput() {
        // d = 4, p = 4, σ_w = 2: σ_w·(w_k·x)/√d = w_k·x and σ_w/√p = 1, so Φ = relu(w_k·x + b_k) = (2 + 0.5, −2 + 0.5, −1, 1)⁺.
        RandomReluFeatures features = RandomReluFeatures.of(
                new double[][] {{1, 1, 0, 0}, {-1, -1, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}},
                new double[] {0.5, 0.5, -1, 1}, 2.0, 1.0);

        double[][] phi = features.features(new double[][] {{1, 1, 1, 1}});

        assertThat(phi[0]).containsExactly(new double[] {2.5, 0.0, 0.0, 1.0}, within(HAND));
    }

    @Test
    @Graded(points = 1, task = "kernel-limit",
            hint = "k(x, x) = σ_w²·q/2 with q = σ_w²·|x|²/d + σ_b²; orthogonal inputs without bias have c = 0, θ = π/2 and k = σ_w²·√(q·q′)/(2π).")
    void theKernelOfOrthogonalInputs() {
        double[][] x = {{2, 0}, {0, 2}};

        double[][] k = ArcCosineKernel.nngp(x, x, 1.0, 0.0);

        assertThat(k[0][0]).isCloseTo(1.0, within(HAND));
        assertThat(k[0][1]).isCloseTo(1.0 / Math.PI, within(HAND));
    }

    @Test
    @Graded(points = 1, task = "least-squares",
            hint = "The minimum-norm solution of w_1 + w_2 = 2 is (1, 1): of all solutions, the one orthogonal to the null space direction (1, −1).")
    void theMinimumNormSolutionOfOneEquation() {
        assertThat(MinimumNorm.solve(new double[][] {{1, 1}}, new double[] {2}))
                .containsExactly(new double[] {1.0, 1.0}, within(HAND));
    }

    @Test
    @Graded(points = 1, task = "least-squares",
            hint = "This A has rank 1 (its rows are multiples of (3, 1)), but rounding leaves its second singular value at about 5e-17, not 0: drop singular values at or below the rank tolerance, never divide by them. The fit is 0.3·w₁ + 0.1·w₂ = 1, whose minimum-norm solution is (3, 1).")
    void aRankDeficientDesignIgnoresItsRoundingNoiseSingularValue() {
        double[][] a = {{0.3, 0.1}, {0.6, 0.2}, {0.9, 0.3}};

        assertThat(MinimumNorm.solve(a, new double[] {1, 2, 3})).containsExactly(new double[] {3.0, 1.0}, within(HAND));
    }

    @Test
    @Graded(points = 1, task = "least-squares",
            hint = "Ridge of one equation 2·w = 4 with λ = 4: w = σ·y/(σ² + λ) = 2·4/(4 + 4) = 1.")
    void ridgeOfOneEquation() {
        assertThat(MinimumNorm.ridge(new double[][] {{2}}, new double[] {4}, 4.0))
                .containsExactly(new double[] {1.0}, within(HAND));
    }
}
