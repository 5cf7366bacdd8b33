package org.dlcourse.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dlcourse.kit.assertions.TensorAssertions;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Public examples for exercise 04: tiny layers and networks whose answers you can check by hand. Passing them does
 * not mean the hidden tests pass: those compare every gradient with central differences on many generated networks,
 * check ReLU's laws, the L2 convention, invariances of the network, and that training reaches its targets.
 */
class BackpropExamplesTests {

    /** Double precision, a handful of operations on small integers: exact up to rounding of a few ulps. */
    private static final Tolerance EXAMPLE = Tolerance.of(1e-12, 1e-12);

    private static INDArray matrix(double[][] rows) {
        return Nd4j.create(rows);
    }

    private static INDArray vector(double... values) {
        return Nd4j.createFromArray(values);
    }

    @Test
    @Graded(points = 1, task = "affine", hint = "Y = X·Wᵀ + b: row n, column o is Σ_i X[n,i]·W[o,i] + b[o]")
    void affineForwardOfOneRow() {
        INDArray weights = matrix(new double[][] {{1, 0}, {0, 1}, {1, 1}});

        INDArray output = Affine.forward(matrix(new double[][] {{1, 2}}), weights, vector(0.5, 0, -1));

        TensorAssertions.assertThat(output).hasShape(1, 3).isCloseTo(matrix(new double[][] {{1.5, 2, 2}}), EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "affine", hint = "∂L/∂X = G·W, ∂L/∂W = Gᵀ·X, ∂L/∂b = column sums of G")
    void affineBackwardOfOneRow() {
        INDArray weights = matrix(new double[][] {{1, 0}, {0, 1}, {1, 1}});

        AffineGradient gradient = Affine.backward(matrix(new double[][] {{1, 0, 2}}), matrix(new double[][] {{1, 2}}),
                weights);

        TensorAssertions.assertThat(gradient.input()).hasShape(1, 2).isCloseTo(matrix(new double[][] {{3, 2}}), EXAMPLE);
        TensorAssertions.assertThat(gradient.weights()).hasShape(3, 2)
                .isCloseTo(matrix(new double[][] {{1, 2}, {0, 0}, {2, 4}}), EXAMPLE);
        TensorAssertions.assertThat(gradient.bias()).hasShape(3).isCloseTo(vector(1, 0, 2), EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "relu", hint = "ReLU keeps positive entries and zeroes the others; backward lets the gradient through only where the input was > 0")
    void reluForwardAndBackward() {
        INDArray input = matrix(new double[][] {{-1, 0, 2}});

        TensorAssertions.assertThat(Relu.forward(input)).isCloseTo(matrix(new double[][] {{0, 0, 2}}), EXAMPLE);
        TensorAssertions.assertThat(Relu.backward(matrix(new double[][] {{5, 5, 5}}), input))
                .isCloseTo(matrix(new double[][] {{0, 0, 5}}), EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "network", hint = "with all parameters 0 every score is 0, so the loss is ln C and every gradient is 0")
    void zeroNetworkHasLossLogC() {
        Parameters zero = new Parameters(Nd4j.zeros(DataType.DOUBLE, 4, 2), Nd4j.zeros(DataType.DOUBLE, 4),
                Nd4j.zeros(DataType.DOUBLE, 3, 4), Nd4j.zeros(DataType.DOUBLE, 3));
        INDArray input = matrix(new double[][] {{1, -1}, {0.5, 2}});

        LossAndGradient result = TwoLayerNetwork.lossAndGradient(zero, input, new int[] {0, 2}, 0.0);

        assertThat(result.loss()).isCloseTo(Math.log(3), within(1e-12));
        TensorAssertions.assertThat(result.gradient().w1()).hasShape(4, 2).isCloseTo(Nd4j.zeros(DataType.DOUBLE, 4, 2), EXAMPLE);
        TensorAssertions.assertThat(result.gradient().w2()).hasShape(3, 4).isCloseTo(Nd4j.zeros(DataType.DOUBLE, 3, 4), EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "l2", hint = "L = CE + (λ/2)(‖W1‖² + ‖W2‖²): the penalty adds λ·W to the weight gradients, nothing to the biases")
    void l2PenaltyOfAllOnesWeights() {
        Parameters parameters = new Parameters(Nd4j.ones(DataType.DOUBLE, 2, 3), Nd4j.zeros(DataType.DOUBLE, 2),
                Nd4j.zeros(DataType.DOUBLE, 2, 2), Nd4j.zeros(DataType.DOUBLE, 2));
        INDArray input = matrix(new double[][] {{1, 2, 3}});

        LossAndGradient result = TwoLayerNetwork.lossAndGradient(parameters, input, new int[] {1}, 0.1);

        assertThat(result.loss()).isCloseTo(Math.log(2) + 0.05 * 6, within(1e-12));
        TensorAssertions.assertThat(result.gradient().w1())
                .isCloseTo(Nd4j.ones(DataType.DOUBLE, 2, 3).muli(0.1), EXAMPLE);
        TensorAssertions.assertThat(result.gradient().b1()).isCloseTo(Nd4j.zeros(DataType.DOUBLE, 2), EXAMPLE);
    }

    @Test
    @Graded(points = 1, task = "sgd", hint = "one step is θ ← θ − η·g for every parameter")
    void oneStep() {
        Parameters parameters = new Parameters(Nd4j.ones(DataType.DOUBLE, 1, 1), Nd4j.ones(DataType.DOUBLE, 1),
                Nd4j.ones(DataType.DOUBLE, 1, 1), Nd4j.ones(DataType.DOUBLE, 1));
        Parameters gradient = new Parameters(matrix(new double[][] {{2}}), vector(-4), matrix(new double[][] {{0}}),
                vector(10));

        MiniBatchSgd.step(parameters, gradient, 0.5);

        TensorAssertions.assertThat(parameters.w1()).isCloseTo(matrix(new double[][] {{0}}), EXAMPLE);
        TensorAssertions.assertThat(parameters.b1()).isCloseTo(vector(3), EXAMPLE);
        TensorAssertions.assertThat(parameters.w2()).isCloseTo(matrix(new double[][] {{1}}), EXAMPLE);
        TensorAssertions.assertThat(parameters.b2()).isCloseTo(vector(-4), EXAMPLE);
    }
}
