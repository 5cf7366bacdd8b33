package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.reference.ReferenceValues;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The analytic kernels against neural-tangents' {@code stax} on the reference sample (provenance in the resource:
 * neural-tangents 0.6.6 on JAX, float64). A sample, not a proof: the laws in {@link AnalyticKernelProperties} must
 * hold on any input.
 */
class NeuralTangentsReferenceTests {

    /**
     * The reference and the recursion are both float64 evaluations of the same closed forms through at most three
     * layers: a few ulps per operation, ~1e-15 relative; 1e-10 (the bound) also catches a θ off by 1e-8,
     * the error of arccos on the diagonal.
     */
    static final double RELATIVE = 1e-10;

    private static final ReferenceValues REFERENCE = ReferenceValues.load(NeuralTangentsReferenceTests.class,
            "ntk-neural-tangents.json");

    @Test
    @Graded(points = 5, task = "analytic-kernels",
            hint = "ReLU kernels differ from neural-tangents' stax: input kernel x·x′/d; dense Σ ← σ_w²·Σ + σ_b², Θ ← Σ_new + σ_w²·Θ; ReLU E[φφ] = (√(q·q′ − c²) + (π − θ)·c)/(2π), Θ ← Θ·(π − θ)/(2π) with θ = atan2(√(q·q′ − c²), c); readout included.")
    void reluKernelsMatchNeuralTangents() {
        matches("relu_1hidden_w1_b0");
    }

    @Test
    @Graded(points = 5, task = "analytic-kernels",
            hint = "erf kernels differ from neural-tangents' stax: input kernel x·x′/d; dense Σ ← σ_w²·Σ + σ_b², Θ ← Σ_new + σ_w²·Θ; erf E[φφ] = (2/π)·arcsin(2c/√((1 + 2q)(1 + 2q′))), Σ̇ = (4/π)/√((1 + 2q)(1 + 2q′) − 4c²), Θ ← Σ̇·Θ; readout included.")
    void erfKernelsMatchNeuralTangents() {
        matches("erf_2hidden_w1.2_b0.2");
    }

    private static void matches(String name) {
        String arch = "/archs/" + name;
        Architecture architecture = new Architecture(REFERENCE.node(arch + "/spec/depth").asInt(),
                REFERENCE.scalar(arch + "/spec/W_std"), REFERENCE.scalar(arch + "/spec/b_std"),
                REFERENCE.node(arch + "/spec/act").asText().equals("relu") ? Activation.RELU : Activation.ERF);
        INDArray xTrain = REFERENCE.matrix("/x_train");
        INDArray xTest = REFERENCE.matrix("/x_test");

        Kernels train = AnalyticKernels.compute(architecture, xTrain);
        Kernels testTrain = AnalyticKernels.compute(architecture, xTest, xTrain);

        Matrices.assertRelativelyClose(name + " NNGP(train, train)", train.nngp(), REFERENCE.matrix(arch + "/nngp_train"), RELATIVE);
        Matrices.assertRelativelyClose(name + " NTK(train, train)", train.ntk(), REFERENCE.matrix(arch + "/ntk_train"), RELATIVE);
        Matrices.assertRelativelyClose(name + " NNGP(test, train)", testTrain.nngp(), REFERENCE.matrix(arch + "/nngp_test_train"), RELATIVE);
        Matrices.assertRelativelyClose(name + " NTK(test, train)", testTrain.ntk(), REFERENCE.matrix(arch + "/ntk_test_train"), RELATIVE);
        assertThat(REFERENCE.provenance()).contains("neural-tangents");
    }
}
