package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The empirical NTK against J·Jᵀ by finite differences, its laws, and its infinite-width limit. */
class EmpiricalNtkProperties {

    /** J·Jᵀ from central differences (see {@link NetworkOracle#STEP}): ~1e-9 relative; 1e-6 leaves room. */
    private static final double JACOBIAN_RELATIVE = 1e-6;
    private static final double JACOBIAN_ABSOLUTE = 1e-7;

    /** Rounding of a sum of L + 1 Gram products of small matrices. */
    private static final double SYMMETRY = 1e-12;

    /**
     * Width 1024, three seeds, depth 1: lecture 07's figure 1 measures a mean relative Frobenius error of 0.098 at
     * this width for a deeper (depth-2) network on 16 inputs; 0.15 leaves room, while the standard parameterization
     * (an error growing like n) or a missing readout layer (a sizeable share of Θ) are far above.
     */
    private static final double WIDE_ERROR = 0.15;

    Gen<Cases.NetworkCase> withoutBiases() {
        return Cases.networks(false);
    }

    Gen<Cases.NetworkCase> withBiases() {
        return Cases.networks(true);
    }

    @Property(tries = 25)
    @Graded(points = 4, task = "empirical-ntk",
            hint = "Θ(x, x′) = J(x)·J(x′)ᵀ sums over every layer including the readout layer W_{L+1}, b_{L+1}: its term is (σ_w²/n_L)·h_L(x)·h_L(x′) (+ σ_b²), with δ_{L+1} = 1; and differentiate with respect to the N(0, 1) parameters (NTK parameterization).")
    void equalsTheJacobianProductWithoutBiases(@ForAll("withoutBiases") Cases.NetworkCase sample) {
        equalsTheJacobianProduct(sample);
    }

    @Property(tries = 25)
    @Graded(points = 3, task = "empirical-ntk",
            hint = "With σ_b > 0 the empirical NTK includes the bias gradients ∂f/∂b_l = σ_b·δ_l of every layer: add σ_b² inside each layer's factor, (δ_l·δ_l′)·((σ_w²/n_{l−1})·h_{l−1}·h_{l−1}′ + σ_b²).")
    void equalsTheJacobianProductWithBiases(@ForAll("withBiases") Cases.NetworkCase sample) {
        equalsTheJacobianProduct(sample);
    }

    private static void equalsTheJacobianProduct(Cases.NetworkCase sample) {
        double[][] x = sample.x().toDoubleMatrix();
        NetworkOracle oracle = new NetworkOracle(sample.network());
        assumeThat(oracle.smallestHiddenPreActivation(x)).as("no pre-activation at a ReLU kink").isGreaterThan(1e-4);
        INDArray x2 = sample.x().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, Math.max(1, x.length / 2 + 1)),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();

        INDArray theta = EmpiricalNtk.kernel(sample.network(), sample.x(), x2);

        Matrices.assertClose("Θ(x, x′) against J(x)·J(x′)ᵀ", theta, oracle.ntk(x, x2.toDoubleMatrix()),
                JACOBIAN_ABSOLUTE, JACOBIAN_RELATIVE);
    }

    @Property(tries = 15)
    @Graded(points = 2, task = "empirical-ntk",
            hint = "The empirical NTK on one input set is a Gram matrix J·Jᵀ: symmetric and positive semi-definite, and kernel(net, x1, x2) is the transpose of kernel(net, x2, x1).")
    void isASymmetricGramMatrix(@ForAll("withBiases") Cases.NetworkCase sample) {
        INDArray theta = EmpiricalNtk.kernel(Counterexample.input("network", sample.network()),
                Counterexample.input("x", sample.x()));
        double scale = Nd4j.diag(theta).sumNumber().doubleValue();

        Matrices.assertClose("Θ against Θᵀ", theta, theta.transpose(), SYMMETRY * scale, 0.0);
        assertThat(Matrices.minEigenvalue(theta)).as("λ_min(Θ)").isGreaterThanOrEqualTo(-1e-10 * scale);
        INDArray other = Counterexample.input("other", sample.x().mul(0.5).addi(1.0));
        Matrices.assertClose("Θ(x1, x2) against Θ(x2, x1)ᵀ", EmpiricalNtk.kernel(sample.network(), sample.x(), other),
                EmpiricalNtk.kernel(sample.network(), other, sample.x()).transpose(), SYMMETRY * scale, 1e-12);
    }

    @Test
    @Graded(points = 3, task = "empirical-ntk",
            hint = "At width 1024 the empirical NTK at initialization should be within a few percent of the analytic NTK: use the NTK parameterization's gradients (σ_w/√n_in)·δ·hᵀ and σ_b·δ, not the standard parameterization's δ·hᵀ and δ, and include every layer.")
    void approachesTheAnalyticKernelAtLargeWidth() {
        SplittableRandom random = Seeds.random("07-ntk wide empirical NTK");
        Architecture architecture = new Architecture(1, 1.5, 0.5, Activation.RELU);
        INDArray x = Cases.inputs(random, 5, 3);
        INDArray exact = AnalyticKernels.compute(architecture, x).ntk();
        double error = 0.0;
        for (long seed = 1; seed <= 3; seed++) {
            FullyConnectedNetwork network = FullyConnectedNetwork.initialize(architecture, 3, 1024, new SplittableRandom(seed));
            error += Fits.relativeFrobeniusError(EmpiricalNtk.kernel(network, x), exact) / 3;
        }

        assertThat(error).as("mean relative Frobenius error at width 1024").isLessThan(WIDE_ERROR);
    }
}
