package org.dlcourse.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Public properties for exercise 04: laws of the ReLU and affine layers, checked on generated batches. The runner
 * tries edge cases first (zeros, the bounds, one row, one column), then random batches from a seed; a failure is
 * shrunk to a small batch and reported with it and the seed ({@code -Ddlcourse.seed=...} replays it). The hidden
 * tests check more: gradients against central differences, the network, training and the learning dynamics.
 */
class BackpropPublicProperties {

    /** An output row of ≤ 6 products of numbers ≤ 5 and ≤ 2, plus a bias: rounding ≲ 1e-14; 1e-10 is a wide margin. */
    private static final double ROW = 1e-10;

    /**
     * Inner products of ≤ 15 or 30 terms, each ≤ 60 in magnitude, computed two ways: rounding ≲ 30 · 60 · 2⁻⁵² ≈
     * 4e-13; 1e-9 leaves three orders of margin.
     */
    private static final double ADJOINT = 1e-9;

    /** The layer's weights in these properties: 3 outputs, fixed, so that only the input is generated. */
    private static INDArray weights(long inputs) {
        return Nd4j.linspace(-1.5, 2.0, 3 * inputs, DataType.DOUBLE).reshape(3, inputs);
    }

    /** An upstream gradient for a batch: fixed values unrelated to the input's signs. */
    private static INDArray upstream(long rows, long columns) {
        return Transforms.sin(Nd4j.linspace(1, rows * columns, rows * columns, DataType.DOUBLE)
                .reshape(rows, columns).muli(1.7), false);
    }

    Gen<INDArray> batches() {
        return Gens.matrices().rows(1, 5).cols(1, 6).values(Gens.doubles(-5, 5));
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "relu",
            hint = "ReLU keeps every positive entry as it is and replaces every other one (negative or 0) by 0, in a new array.")
    void reluKeepsThePositiveEntriesAndZeroesTheOthers(@ForAll("batches") INDArray input) {
        INDArray before = input.dup();

        INDArray output = Relu.forward(input);

        assertThat(output).hasShape(input.shape());
        for (int n = 0; n < input.rows(); n++) {
            for (int i = 0; i < input.columns(); i++) {
                double x = before.getDouble(n, i);
                assertThat(output.getDouble(n, i)).as("ReLU(%s) at [%d, %d]", x, n, i).isEqualTo(Math.max(0.0, x));
            }
        }
        assertThat(input).as("the input after forward").isCloseTo(before, Tolerance.absolute(0.0));
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "relu",
            hint = "The backward pass lets the upstream gradient through where the input was > 0 and is 0 elsewhere, also where the input is exactly 0.")
    void reluBackwardPassesTheGradientOnlyWhereTheInputWasPositive(@ForAll("batches") INDArray input) {
        INDArray gradient = upstream(input.rows(), input.columns());

        INDArray passed = Relu.backward(gradient, input);

        assertThat(passed).hasShape(input.shape());
        for (int n = 0; n < input.rows(); n++) {
            for (int i = 0; i < input.columns(); i++) {
                double expected = input.getDouble(n, i) > 0 ? gradient.getDouble(n, i) : 0.0;
                assertThat(passed.getDouble(n, i)).as("at [%d, %d], input %s", n, i, input.getDouble(n, i))
                        .isEqualTo(expected);
            }
        }
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "affine",
            hint = "Y = X·Wᵀ + b adds the bias to every row: the outputs with and without the bias differ by b in each row.")
    void affineAddsTheBiasToEveryRow(@ForAll("batches") INDArray input) {
        INDArray weights = weights(input.columns());
        INDArray bias = Nd4j.createFromArray(1.0, -2.0, 0.5);

        INDArray withBias = Affine.forward(input, weights, bias);
        INDArray withoutBias = Affine.forward(input, weights, Nd4j.zeros(DataType.DOUBLE, 3));

        assertThat(withBias).hasShape(input.rows(), 3);
        for (int n = 0; n < input.rows(); n++) {
            assertThat(withBias.getRow(n).sub(withoutBias.getRow(n))).as("row %d with bias minus without", n)
                    .isCloseTo(bias, Tolerance.absolute(ROW));
        }
    }

    /**
     * The backward pass is the adjoint of the forward map: for any direction D, ⟨G, D·Wᵀ⟩ = ⟨∂L/∂X, D⟩ and
     * ⟨G, X·Dᵀ⟩ = ⟨∂L/∂W, D⟩, since a first-order change of the loss can be computed either way.
     */
    @Property(tries = 100)
    @Graded(points = 1, task = "affine",
            hint = "∂L/∂X = G·W and ∂L/∂W = Gᵀ·X: each gradient must satisfy ⟨G, change of Y⟩ = ⟨gradient, change of the argument⟩.")
    void affineBackwardIsTheAdjointOfForward(@ForAll("batches") INDArray input) {
        INDArray weights = Counterexample.input("weights", weights(input.columns()));
        INDArray gradient = Counterexample.input("gradient", upstream(input.rows(), 3));
        INDArray zero = Counterexample.input("zero", Nd4j.zeros(DataType.DOUBLE, 3));
        INDArray inputDirection = Counterexample.input("inputDirection", Transforms.cos(input, true));
        INDArray weightsDirection = Counterexample.input("weightsDirection", Transforms.sin(weights.mul(3), false));

        AffineGradient gradients = Affine.backward(gradient, Counterexample.input("input", input), weights);

        assertThat(gradients.input()).hasShape(input.shape());
        assertThat(gradients.weights()).hasShape(weights.shape());
        assertThat(gradients.input().mul(inputDirection).sumNumber().doubleValue()).as("⟨∂L/∂X, D⟩")
                .isCloseTo(gradient.mul(Affine.forward(inputDirection, weights, zero)).sumNumber().doubleValue(),
                        within(ADJOINT));
        assertThat(gradients.weights().mul(weightsDirection).sumNumber().doubleValue()).as("⟨∂L/∂W, D⟩")
                .isCloseTo(gradient.mul(Affine.forward(input, weightsDirection, zero)).sumNumber().doubleValue(),
                        within(ADJOINT));
    }
}
