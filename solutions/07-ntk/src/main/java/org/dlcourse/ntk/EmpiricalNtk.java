package org.dlcourse.ntk;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The empirical Neural Tangent Kernel of a finite {@link FullyConnectedNetwork}, Θ(x, x′) = J(x)·J(x′)ᵀ, where
 * J(x) = ∂f(x)/∂θ runs over every parameter: the hidden weights and biases and the readout's.
 *
 * <p>The Jacobian is never formed. For the dense layer z_l = (σ_w/√n_{l−1})·W_l·h_{l−1} + σ_b·b_l,
 * ∂f/∂W_l = (σ_w/√n_{l−1})·δ_l·h_{l−1}ᵀ and ∂f/∂b_l = σ_b·δ_l with δ_l = ∂f/∂z_l, so the layer's share of the
 * inner product of two Jacobians is a product of two Gram matrices (lecture 07, "The empirical NTK without the
 * Jacobian"):
 * <pre>
 *     Θ(x, x′) = Σ_{l=1}^{L+1} (δ_l(x)·δ_l(x′)) · ((σ_w²/n_{l−1})·h_{l−1}(x)·h_{l−1}(x′) + σ_b²).
 * </pre>
 * Memory O(N·n·L) instead of the Jacobian's O(N·n²·L).
 */
public final class EmpiricalNtk {

    private EmpiricalNtk() {
    }

    /** Θ(x1_i, x2_j) [N1, N2] of {@code network} at its current parameters. */
    public static INDArray kernel(FullyConnectedNetwork network, INDArray x1, INDArray x2) {
        Inputs.requireInputs(x1, "x1");
        Inputs.requireInputs(x2, "x2");
        Inputs.requireSameDimension(x1, x2);
        ForwardPass pass1 = network.forward(x1);
        ForwardPass pass2 = network.forward(x2);
        List<INDArray> deltas1 = network.backward(pass1);
        List<INDArray> deltas2 = network.backward(pass2);
        // BEGIN SOLUTION: sum over the layers l = 1 … L+1 (readout included) of (δ1_l·δ2_lᵀ) ∘ ((σ_w²/n_{l−1})·h1_{l−1}·h2_{l−1}ᵀ + σ_b²).
        Architecture architecture = network.architecture();
        double sw2 = architecture.sigmaW() * architecture.sigmaW();
        double sb2 = architecture.sigmaB() * architecture.sigmaB();
        INDArray theta = null;
        for (int l = 0; l < deltas1.size(); l++) {
            INDArray h1 = pass1.layerInputs().get(l);
            INDArray h2 = pass2.layerInputs().get(l);
            INDArray inputs = h1.mmul(h2.transpose()).muli(sw2 / h1.columns()).addi(sb2);
            INDArray term = deltas1.get(l).mmul(deltas2.get(l).transpose()).muli(inputs);
            theta = theta == null ? term : theta.addi(term);
        }
        return theta;
        // END SOLUTION
    }

    /** Θ(x_i, x_j) [N, N] on one set of inputs. */
    public static INDArray kernel(FullyConnectedNetwork network, INDArray x) {
        return kernel(network, x, x);
    }
}
