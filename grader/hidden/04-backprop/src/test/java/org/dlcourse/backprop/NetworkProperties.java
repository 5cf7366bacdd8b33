package org.dlcourse.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The network's scores and loss against the oracle, the L2 convention, and two symmetries of a ReLU network:
 * relabelling the hidden units, and moving a positive factor from the second layer into the first.
 */
class NetworkProperties {

    /** Scores and losses of order 1 from a few dozen double operations: a few ulps, with room for summation order. */
    private static final Tolerance ORACLE = Tolerance.of(1e-12, 1e-12);

    /**
     * Gradients of an equivalent network: the same sums in another order, or scaled by c and 1/c with c ≤ 10,
     * which costs a few more ulps than the oracle comparison.
     */
    private static final Tolerance EQUIVALENT = Tolerance.of(1e-12, 1e-10);

    /** The parameters must not change at all: a copy is compared bit for bit. */
    private static final Tolerance EXACT = Tolerance.absolute(0.0);

    Gen<Networks.Case> networks() {
        return Networks.small();
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "network",
            hint = "TwoLayerNetwork.scores must be ReLU(X·W1ᵀ + b1)·W2ᵀ + b2: first affine layer, ReLU, second affine layer.")
    void scoresMatchTheOracle(@ForAll("networks") Networks.Case network) {
        INDArray expected = Networks.matrix(network.oraclePass().scores());

        assertThat(TwoLayerNetwork.scores(network.parameters(), network.input()))
                .hasShape(network.input().rows(), network.parameters().classes()).isCloseTo(expected, ORACLE);
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "network",
            hint = "TwoLayerNetwork.loss must be the mean cross-entropy of the scores plus (λ/2)(‖W1‖² + ‖W2‖²); lossAndGradient must return the same loss.")
    void lossMatchesTheOracleAndLossAndGradient(@ForAll("networks") Networks.Case network) {
        double expected = network.oraclePass().loss();

        double loss = TwoLayerNetwork.loss(network.parameters(), network.input(), network.labels(), network.l2());
        double fromBackprop = TwoLayerNetwork.lossAndGradient(network.parameters(), network.input(), network.labels(),
                network.l2()).loss();

        assertThat(loss).isCloseTo(expected, within(ORACLE.allowedDeviation(expected)));
        assertThat(fromBackprop).isCloseTo(expected, within(ORACLE.allowedDeviation(expected)));
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "l2",
            hint = "The L2 term is (λ/2)(‖W1‖² + ‖W2‖²), squared Frobenius norms of the WEIGHTS only (no biases), with the factor 1/2.")
    void penaltyIsHalfLambdaTimesSquaredWeightNorms(@ForAll("networks") Networks.Case network) {
        double l2 = 0.25;
        double expected = 0.5 * l2 * (NetworkOracle.squaredNorm(network.w1()) + NetworkOracle.squaredNorm(network.w2()));

        double penalty = TwoLayerNetwork.loss(network.parameters(), network.input(), network.labels(), l2)
                - TwoLayerNetwork.loss(network.parameters(), network.input(), network.labels(), 0.0);

        assertThat(penalty).isCloseTo(expected, within(1e-12 * (1 + expected) + 1e-12));
    }

    @Property(tries = 20)
    @Graded(points = 3, task = "l2",
            hint = "Under the (λ/2)‖W‖² convention the penalty adds exactly λ·W (not 2λ·W) to each weight gradient and nothing to the bias gradients.")
    void penaltyGradientIsLambdaTimesTheWeights(@ForAll("networks") Networks.Case network) {
        double l2 = 0.25;
        Parameters with = TwoLayerNetwork.lossAndGradient(network.parameters(), network.input(), network.labels(), l2)
                .gradient();
        Parameters without = TwoLayerNetwork.lossAndGradient(network.parameters(), network.input(), network.labels(), 0.0)
                .gradient();

        assertThat(with.w1().sub(without.w1())).isCloseTo(network.parameters().w1().mul(l2), ORACLE);
        assertThat(with.w2().sub(without.w2())).isCloseTo(network.parameters().w2().mul(l2), ORACLE);
        assertThat(with.b1().sub(without.b1())).isCloseTo(Nd4j.zeros(with.b1().dataType(), network.parameters().hidden()), ORACLE);
        assertThat(with.b2().sub(without.b2())).isCloseTo(Nd4j.zeros(with.b2().dataType(), network.parameters().classes()), ORACLE);
    }

    @Property(tries = 15)
    @Graded(points = 2, task = "network",
            hint = "loss and lossAndGradient must not modify the parameters or the input: compute λ·W with mul, not muli, and never update a cached array in place.")
    void lossAndGradientLeavesItsArgumentsUnchanged(@ForAll("networks") Networks.Case network) {
        Parameters before = network.parameters().copy();
        INDArray input = network.input().dup();

        TwoLayerNetwork.lossAndGradient(network.parameters(), network.input(), network.labels(), 0.3);
        TwoLayerNetwork.loss(network.parameters(), network.input(), network.labels(), 0.3);

        assertThat(network.parameters().w1()).isCloseTo(before.w1(), EXACT);
        assertThat(network.parameters().b1()).isCloseTo(before.b1(), EXACT);
        assertThat(network.parameters().w2()).isCloseTo(before.w2(), EXACT);
        assertThat(network.parameters().b2()).isCloseTo(before.b2(), EXACT);
        assertThat(network.input()).isCloseTo(input, EXACT);
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "network",
            hint = "Relabelling the hidden units (rows of W1 and b1, columns of W2) does not change the loss and must permute the gradients the same way: treat every hidden unit alike.")
    void permutingHiddenUnitsPermutesTheGradient(@ForAll("networks") Networks.Case network) {
        Parameters p = network.parameters();
        int[] pi = network.permutation();
        Parameters permuted = new Parameters(Nd4j.pullRows(p.w1(), 1, pi), permute(p.b1(), pi),
                Nd4j.pullRows(p.w2().transpose(), 1, pi).transpose().dup(), p.b2().dup());

        LossAndGradient original = TwoLayerNetwork.lossAndGradient(Counterexample.input("parameters", p),
                Counterexample.input("input", network.input()), Counterexample.input("labels", network.labels()),
                Counterexample.input("l2", network.l2()));
        LossAndGradient relabelled = TwoLayerNetwork.lossAndGradient(Counterexample.input("permuted", permuted),
                network.input(), network.labels(), network.l2());

        assertThat(relabelled.loss()).isCloseTo(original.loss(), within(EQUIVALENT.allowedDeviation(original.loss())));
        assertThat(relabelled.gradient().w1()).isCloseTo(Nd4j.pullRows(original.gradient().w1(), 1, pi), EQUIVALENT);
        assertThat(relabelled.gradient().b1()).isCloseTo(permute(original.gradient().b1(), pi), EQUIVALENT);
        assertThat(relabelled.gradient().w2())
                .isCloseTo(Nd4j.pullRows(original.gradient().w2().transpose(), 1, pi).transpose(), EQUIVALENT);
        assertThat(relabelled.gradient().b2()).isCloseTo(original.gradient().b2(), EQUIVALENT);
    }

    @Property(tries = 20)
    @Graded(points = 1, task = "network",
            hint = "ReLU is positively homogeneous, ReLU(c·a) = c·ReLU(a) for c > 0: scaling W1 and b1 by c and W2 by 1/c must leave the scores unchanged.")
    void rescalingAcrossTheReluLeavesTheScoresUnchanged(@ForAll("networks") Networks.Case network) {
        Parameters p = network.parameters();
        double c = network.scale();
        Parameters rescaled = new Parameters(p.w1().mul(c), p.b1().mul(c), p.w2().div(c), p.b2().dup());

        assertThat(TwoLayerNetwork.scores(Counterexample.input("rescaled", rescaled),
                Counterexample.input("input", network.input())))
                .isCloseTo(TwoLayerNetwork.scores(Counterexample.input("parameters", p), network.input()), EQUIVALENT);
    }

    private static INDArray permute(INDArray vector, int[] permutation) {
        double[] values = vector.toDoubleVector();
        double[] result = new double[permutation.length];
        for (int j = 0; j < permutation.length; j++) {
            result[j] = values[permutation[j]];
        }
        return Networks.vector(result);
    }
}
