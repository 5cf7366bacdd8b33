package org.dlcourse.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The affine layer against the oracle, and ReLU's laws, on generated matrices in double precision. */
class LayerProperties {

    /** Sums of at most 6 products of numbers ≤ 2 in double: a few ulps of values of order 1. */
    private static final Tolerance ORACLE = Tolerance.of(1e-13, 1e-12);

    /** ReLU and its backward pass select or zero entries: no arithmetic, so they must be exact. */
    private static final Tolerance EXACT = Tolerance.absolute(0.0);

    Gen<Networks.Case> networks() {
        return Networks.small();
    }

    /** Matrices of shape [1..6, 1..6] whose entries are negative, exactly 0 or positive, a third of each on average. */
    Gen<INDArray> signedMatrices() {
        return random -> {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            INDArray values = RandomTensors.uniform(random, 0.01, 3, rows, columns);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int sign = random.nextInt(3) - 1;
                    values.putScalar(r, c, sign * values.getDouble(r, c));
                }
            }
            return values;
        };
    }

    private static INDArray upstreamLike(INDArray array, long seed) {
        return RandomTensors.uniform(new SplittableRandom(seed), -1, 1, array.shape());
    }

    @Property(tries = 50)
    @Graded(points = 2, task = "affine",
            hint = "Affine.forward must compute X·Wᵀ + b with W of shape [out, in] and the bias added to every row.")
    void affineForwardMatchesTheOracle(@ForAll("networks") Networks.Case network) {
        INDArray expected = Networks.matrix(NetworkOracle.affine(network.x(), network.w1(), network.b1()));

        assertThat(Affine.forward(network.input(), network.parameters().w1(), network.parameters().b1()))
                .hasShape(network.input().rows(), network.parameters().hidden()).isCloseTo(expected, ORACLE);
    }

    @Property(tries = 50)
    @Graded(points = 2, task = "affine",
            hint = "Affine.backward's weight gradient must be Gᵀ·X, of shape [out, in] like W (not Xᵀ·G, which is its transpose).")
    void affineWeightGradientMatchesTheOracle(@ForAll("networks") Networks.Case network) {
        INDArray weights = network.parameters().w1();
        INDArray upstream = upstreamLike(Affine.forward(network.input(), weights, network.parameters().b1()), 11);
        double[][] g = upstream.toDoubleMatrix();
        double[][] x = network.x();
        double[][] expected = new double[g[0].length][x[0].length];
        for (int n = 0; n < g.length; n++) {
            for (int o = 0; o < g[n].length; o++) {
                for (int i = 0; i < x[n].length; i++) {
                    expected[o][i] += g[n][o] * x[n][i];
                }
            }
        }

        assertThat(Affine.backward(Counterexample.input("upstream", upstream), Counterexample.input("input", network.input()),
                Counterexample.input("weights", weights)).weights()).hasShape(weights.shape())
                .isCloseTo(Networks.matrix(expected), ORACLE);
    }

    @Property(tries = 50)
    @Graded(points = 2, task = "affine",
            hint = "Affine.backward's bias gradient must sum the upstream gradient over the batch axis 0 (one entry per output unit), as a vector of length out.")
    void affineBiasGradientSumsOverTheBatch(@ForAll("networks") Networks.Case network) {
        INDArray weights = network.parameters().w1();
        INDArray upstream = upstreamLike(Affine.forward(network.input(), weights, network.parameters().b1()), 12);
        double[][] g = upstream.toDoubleMatrix();
        double[] expected = new double[g[0].length];
        for (double[] row : g) {
            for (int o = 0; o < row.length; o++) {
                expected[o] += row[o];
            }
        }

        assertThat(Affine.backward(Counterexample.input("upstream", upstream), Counterexample.input("input", network.input()),
                Counterexample.input("weights", weights)).bias()).hasShape(weights.rows())
                .isCloseTo(Networks.vector(expected), ORACLE);
    }

    @Property(tries = 50)
    @Graded(points = 2, task = "affine",
            hint = "Affine.backward's input gradient must be G·W, of shape [N, in] like X.")
    void affineInputGradientMatchesTheOracle(@ForAll("networks") Networks.Case network) {
        INDArray weights = network.parameters().w1();
        INDArray upstream = upstreamLike(Affine.forward(network.input(), weights, network.parameters().b1()), 13);
        double[][] g = upstream.toDoubleMatrix();
        double[][] w = network.w1();
        double[][] expected = new double[g.length][w[0].length];
        for (int n = 0; n < g.length; n++) {
            for (int o = 0; o < w.length; o++) {
                for (int i = 0; i < w[o].length; i++) {
                    expected[n][i] += g[n][o] * w[o][i];
                }
            }
        }

        assertThat(Affine.backward(Counterexample.input("upstream", upstream), Counterexample.input("input", network.input()),
                Counterexample.input("weights", weights)).input()).hasShape(network.input().shape())
                .isCloseTo(Networks.matrix(expected), ORACLE);
    }

    @Property(tries = 30)
    @Graded(points = 1, task = "affine",
            hint = "Affine.forward and Affine.backward must not modify their arguments: use mmul/add/sum that return new arrays, not the in-place ...i variants.")
    void affineLeavesItsArgumentsUnchanged(@ForAll("networks") Networks.Case network) {
        Parameters before = network.parameters().copy();
        INDArray input = network.input().dup();
        INDArray upstream = upstreamLike(Affine.forward(Counterexample.input("input", network.input()),
                Counterexample.input("weights", network.parameters().w1()),
                Counterexample.input("bias", network.parameters().b1())), 14);
        INDArray upstreamBefore = upstream.dup();

        Affine.backward(Counterexample.input("upstream", upstream), network.input(), network.parameters().w1());

        assertThat(network.input()).isCloseTo(input, EXACT);
        assertThat(network.parameters().w1()).isCloseTo(before.w1(), EXACT);
        assertThat(network.parameters().b1()).isCloseTo(before.b1(), EXACT);
        assertThat(upstream).isCloseTo(upstreamBefore, EXACT);
    }

    @Property(tries = 50)
    @Graded(points = 1, task = "relu", hint = "Relu.forward must return max(0, x) element-wise.")
    void reluForwardIsTheMaximumWithZero(@ForAll("signedMatrices") INDArray input) {
        double[][] x = input.toDoubleMatrix();
        double[][] expected = new double[x.length][];
        for (int r = 0; r < x.length; r++) {
            expected[r] = java.util.Arrays.stream(x[r]).map(v -> Math.max(0.0, v)).toArray();
        }

        assertThat(Relu.forward(input)).hasShape(input.shape()).isCloseTo(Networks.matrix(expected), EXACT);
    }

    @Property(tries = 50)
    @Graded(points = 2, task = "relu",
            hint = "Relu.backward must pass the upstream gradient unchanged where the input is > 0 and zero it where the input is < 0.")
    void reluBackwardPassesPositivesAndBlocksNegatives(@ForAll("signedMatrices") INDArray input) {
        INDArray upstream = upstreamLike(input, 21);

        double[][] x = input.toDoubleMatrix();
        double[][] g = upstream.toDoubleMatrix();
        double[][] actual = Relu.backward(Counterexample.input("upstream", upstream), Counterexample.input("input", input)).toDoubleMatrix();

        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < x[r].length; c++) {
                if (x[r][c] > 0) {
                    assertThat(actual[r][c]).as("gradient at a positive input, row %d column %d", r, c).isEqualTo(g[r][c]);
                } else if (x[r][c] < 0) {
                    assertThat(actual[r][c]).as("gradient at a negative input, row %d column %d", r, c).isZero();
                }
            }
        }
    }

    @Property(tries = 30)
    @Graded(points = 1, task = "relu",
            hint = "At an input of exactly 0 this course (like PyTorch) takes ReLU's derivative to be 0: mask with x > 0, not x >= 0.")
    void reluDerivativeAtZeroIsZero(@ForAll("signedMatrices") INDArray input) {
        INDArray upstream = upstreamLike(input, 22);
        double[][] x = input.toDoubleMatrix();
        double[][] actual = Relu.backward(Counterexample.input("upstream", upstream), Counterexample.input("input", input)).toDoubleMatrix();

        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < x[r].length; c++) {
                if (x[r][c] == 0) {
                    assertThat(actual[r][c]).as("gradient at an input of exactly 0, row %d column %d", r, c).isZero();
                }
            }
        }
    }

    @Property(tries = 30)
    @Graded(points = 1, task = "relu",
            hint = "Relu.forward and Relu.backward must not modify their arguments (an in-place max overwrites the cached pre-activation): return new arrays.")
    void reluLeavesItsArgumentsUnchanged(@ForAll("signedMatrices") INDArray input) {
        INDArray inputBefore = input.dup();
        INDArray upstream = upstreamLike(input, 23);
        INDArray upstreamBefore = upstream.dup();

        Relu.forward(Counterexample.input("input", input));
        Relu.backward(Counterexample.input("upstream", upstream), input);

        assertThat(input).isCloseTo(inputBefore, EXACT);
        assertThat(upstream).isCloseTo(upstreamBefore, EXACT);
    }
}
