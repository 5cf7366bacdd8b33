package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Public examples for exercise 07: small cases you can check by hand. Passing them does not mean the hidden tests
 * pass: those compare with neural-tangents to 1e-10, check the kernels' laws on generated inputs, the empirical NTK
 * against finite-difference Jacobians, the gradient flow against an ODE solver, and the n^(−1/2) law.
 */
class NtkExamplesTests {

    /** A handful of double operations on numbers of order 1. */
    private static final double EXAMPLE = 1e-12;

    private static final Architecture ONE_RELU_LAYER = new Architecture(1, 1.0, 0.0, Activation.RELU);

    /** A width-2 network with x ↦ z_1 = (1/√2)·W_1·x, f = (1/√2)·W_2·relu(z_1) (σ_w = 1, σ_b = 0). */
    private static FullyConnectedNetwork tinyNetwork() {
        return new FullyConnectedNetwork(ONE_RELU_LAYER,
                List.of(Nd4j.createFromArray(new double[][] {{1, 0}, {1, 1}}), Nd4j.createFromArray(new double[][] {{2, -1}})),
                List.of(Nd4j.createFromArray(0.0, 0.0), Nd4j.createFromArray(0.0)));
    }

    @Test
    @Graded(points = 1, task = "network", hint = "x = (1, 2): z_1 = (1/√2)·(1, 3), h_1 = z_1, f = (1/√2)·(2·z_11 − z_12) = (2 − 3)/2 = −0.5")
    void tinyNetworkByHand() {
        INDArray f = tinyNetwork().outputs(Nd4j.createFromArray(new double[][] {{1, 2}}));

        assertThat(f.getDouble(0)).isCloseTo(-0.5, within(EXAMPLE));
    }

    @Test
    @Graded(points = 1, task = "empirical-ntk", hint = "x = (1, 2): readout term (1/2)·|h_1|² = (1/2)·(1 + 9)/2 = 2.5; hidden term (δ_1·δ_1)·(1/2)·|x|² with δ_1 = (1/√2)·(2, −1): (5/2)·(5/2) = 6.25; Θ = 8.75")
    void tinyEmpiricalNtkByHand() {
        INDArray theta = EmpiricalNtk.kernel(tinyNetwork(), Nd4j.createFromArray(new double[][] {{1, 2}}));

        assertThat(theta.getDouble(0, 0)).isCloseTo(8.75, within(EXAMPLE));
    }

    @Test
    @Graded(points = 1, task = "analytic-kernels", hint = "ReLU, σ_w = √2, σ_b = 0, one hidden layer: NNGP(x, x) = 2|x|²/d and NTK(x, x) = 4|x|²/d; for x = (3, 4), d = 2: 25 and 50")
    void reluDiagonalInClosedForm() {
        Kernels k = AnalyticKernels.compute(new Architecture(1, Math.sqrt(2.0), 0.0, Activation.RELU),
                Nd4j.createFromArray(new double[][] {{3, 4}}));

        assertThat(k.nngp().getDouble(0, 0)).isCloseTo(25.0, within(1e-12));
        assertThat(k.ntk().getDouble(0, 0)).isCloseTo(50.0, within(1e-12));
    }

    @Test
    @Graded(points = 1, task = "analytic-kernels", hint = "orthogonal inputs x ⟂ x′ with σ_b = 0: c = 0, θ = π/2, so after the ReLU Σ = √(q·q′)/(2π) and Θ = Θ·1/4; for x = (1, 0), x′ = (0, 1), σ_w = 1: NNGP = 1/(4π), NTK = 1/(4π)")
    void orthogonalInputsOfOneReluLayer() {
        Kernels k = AnalyticKernels.compute(ONE_RELU_LAYER, Nd4j.createFromArray(new double[][] {{1, 0}}),
                Nd4j.createFromArray(new double[][] {{0, 1}}));

        assertThat(k.nngp().getDouble(0, 0)).isCloseTo(1.0 / (4 * Math.PI), within(EXAMPLE));
        assertThat(k.ntk().getDouble(0, 0)).isCloseTo(1.0 / (4 * Math.PI), within(EXAMPLE));
    }

    @Test
    @Graded(points = 1, task = "gradient-flow", hint = "one training point with Θ = 2, Θ* = 1, η = 1, N = 1, f₀ = 0, y = 1: f_t = 1 − e^(−2t), f_t(x*) = (1 − e^(−2t))/2; at t = ∞: 1 and 1/2")
    void oneTrainingPoint() {
        GradientFlow flow = new GradientFlow(Nd4j.createFromArray(new double[][] {{2}}), Nd4j.createFromArray(new double[][] {{1}}),
                Nd4j.createFromArray(1.0), Nd4j.createFromArray(0.0), Nd4j.createFromArray(0.0), 1.0);

        assertThat(flow.predict(0.5).train().getDouble(0)).isCloseTo(1.0 - Math.exp(-1.0), within(EXAMPLE));
        assertThat(flow.predict(0.5).test().getDouble(0)).isCloseTo((1.0 - Math.exp(-1.0)) / 2.0, within(EXAMPLE));
        assertThat(flow.predict(Double.POSITIVE_INFINITY).test().getDouble(0)).isCloseTo(0.5, within(EXAMPLE));
    }
}
