package org.dlcourse.transfer;

import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fully connected layer Y = X·Wᵀ + b with W of shape [out, in] and b of length out, as {@code torch.nn.Linear}.
 * Given complete (exercise 04 derives it).
 *
 * <p>Backward, for G = ∂L/∂Y: ∂L/∂W = Gᵀ·X, ∂L/∂b = Σ_n G[n, ·], ∂L/∂X = G·W. Initialisation as PyTorch's default:
 * every weight and bias uniform in [−1/√in, 1/√in) ({@code torch.nn.Linear.reset_parameters}).
 */
public final class Affine {

    private final Parameter weight;
    private final Parameter bias;
    private INDArray input;

    /** A layer from {@code inputs} to {@code outputs} features with PyTorch's default initialisation. */
    public Affine(String name, int inputs, int outputs, SplittableRandom random) {
        Checks.requirePositive("inputs", inputs);
        Checks.requirePositive("outputs", outputs);
        double bound = 1.0 / Math.sqrt(inputs);
        this.weight = new Parameter(name + ".weight", RandomTensors.uniform(random, -bound, bound, outputs, inputs));
        this.bias = new Parameter(name + ".bias", RandomTensors.uniform(random, -bound, bound, outputs));
    }

    private Affine(Parameter weight, Parameter bias) {
        this.weight = weight;
        this.bias = bias;
    }

    /** W, shape [out, in]. */
    public Parameter weight() {
        return weight;
    }

    /** b, length out. */
    public Parameter bias() {
        return bias;
    }

    /** The weight, then the bias. */
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }

    /** The number of input features. */
    public int inputs() {
        return weight.value().columns();
    }

    /** The number of output features. */
    public int outputs() {
        return weight.value().rows();
    }

    /** Y = X·Wᵀ + b for X of shape [N, in]; remembers X for {@link #backward}. */
    public INDArray forward(INDArray x) {
        Checks.requireMatrix("the input of " + weight.name(), x, inputs());
        input = x;
        return x.mmul(weight.value().transpose()).addiRowVector(bias.value());
    }

    /** Writes ∂L/∂W and ∂L/∂b into the parameters' gradients and returns ∂L/∂X, for G = ∂L/∂Y of the last forward. */
    public INDArray backward(INDArray upstream) {
        if (input == null) {
            throw new IllegalStateException("backward of " + weight.name() + " needs a forward pass first");
        }
        weight.gradient().assign(upstream.transpose().mmul(input));
        bias.gradient().assign(upstream.sum(0));
        return upstream.mmul(weight.value());
    }

    /** A deep copy of the parameters (values and trainability). */
    public Affine copy() {
        return new Affine(weight.copy(), bias.copy());
    }
}
