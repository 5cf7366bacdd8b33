package org.dlcourse.ntk;

import static org.assertj.core.api.Assumptions.assumeThat;

import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.factory.Nd4j;

/** The network's forward pass and gradient step against an independent implementation. */
class NetworkProperties {

    /**
     * The forward pass: a few dozen operations on numbers of order 1, plus the difference between ND4J's erf and
     * the oracle's series (measured below 1e-13); 1e-10 absolute and relative leaves room.
     */
    private static final double FORWARD = 1e-10;

    /**
     * The gradient against central differences with step 1e-6: truncation ~1e-12·|f‴|, rounding ~1e-10;
     * 1e-6 relative with 1e-7 absolute is far above both and far below any missing factor.
     */
    private static final double GRADIENT_RELATIVE = 1e-6;
    private static final double GRADIENT_ABSOLUTE = 1e-7;

    Gen<Cases.NetworkCase> networks() {
        return Cases.networks(true);
    }

    @Property(tries = 30)
    @Graded(points = 4, task = "network",
            hint = "Forward pass in the NTK parameterization: z_l = (σ_w/√n_{l−1})·W_l·h_{l−1} + σ_b·b_l with n_{l−1} the fan-in of the layer (d for the first), φ after every hidden layer and none after the readout.")
    void forwardPassIsTheNtkParameterization(@ForAll("networks") Cases.NetworkCase sample) {
        NetworkOracle oracle = new NetworkOracle(sample.network());

        Matrices.assertClose("f(x)", sample.network().outputs(sample.x()),
                Nd4j.createFromArray(oracle.outputs(sample.x().toDoubleMatrix())), FORWARD, FORWARD);
    }

    @Property(tries = 15)
    @Graded(points = 4, task = "network",
            hint = "Gradient step: θ ← θ − η·∇L with L = ½·mean_i (f(x_i) − y_i)², ∂L/∂W_l = (σ_w/√n_{l−1})/N·(δ_l ∘ r)ᵀ·h_{l−1}, ∂L/∂b_l = σ_b/N·Σ_i r_i·δ_l[i], r = f − y, δ_l = ∂f/∂z_l back-propagated through (σ_w/√n_l)·W_{l+1} and φ′(z_l).")
    void gradientStepFollowsTheLossGradient(@ForAll("networks") Cases.NetworkCase sample) {
        double[][] x = sample.x().toDoubleMatrix();
        NetworkOracle oracle = new NetworkOracle(sample.network());
        assumeThat(oracle.smallestHiddenPreActivation(x)).as("no pre-activation at a ReLU kink").isGreaterThan(1e-4);
        double learningRate = 0.5;

        FullyConnectedNetwork stepped = sample.network().gradientStep(sample.x(), sample.y(), learningRate);

        double[] before = NetworkOracle.flatten(sample.network());
        double[] after = NetworkOracle.flatten(stepped);
        double[] gradient = new double[before.length];
        for (int p = 0; p < before.length; p++) {
            gradient[p] = (before[p] - after[p]) / learningRate;
        }
        Matrices.assertClose("(θ − θ_new)/η against ∇L", Nd4j.createFromArray(gradient),
                Nd4j.createFromArray(oracle.lossGradient(x, sample.y().toDoubleVector())), GRADIENT_ABSOLUTE,
                GRADIENT_RELATIVE);
    }
}
