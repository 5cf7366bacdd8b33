package org.dlcourse.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.data.BalancedSubsets;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** One SGD step, the mini-batch loop against a replay by the oracle, and training on Fashion-MNIST. */
class TrainingTests {

    /** θ − η·g in double: one rounding per entry. */
    private static final Tolerance STEP = Tolerance.of(1e-15, 1e-15);

    /**
     * Parameters after 3 epochs of up to 2 steps each, computed by ND4J and by the oracle's loops: rounding
     * differences of ~1e-16 per operation, amplified by at most a few steps of a smooth map.
     */
    private static final Tolerance REPLAY = Tolerance.of(1e-10, 1e-9);

    /** Steps of the replayed training: η = 0.1, batches of 4, 3 epochs. */
    private static final SgdSettings REPLAYED = new SgdSettings(0.1, 4, 3, 0.05);

    /**
     * The overfitting budget: 50 images (5 per class), 64 hidden units, η = 0.1, batches of 10, 60 epochs (300 steps).
     * The reference solution passes within this budget; 300 steps on 50 images is a generous budget for a network
     * with 50,000 parameters, while ascending or mis-scaled gradients do not get there.
     */
    private static final SgdSettings OVERFIT = new SgdSettings(0.1, 10, 60, 0.0);

    /**
     * A short run on 2,000 training images (200 per class): 64 hidden units, η = 0.1, batches of 32, 3 epochs (189
     * steps), a few seconds. The reference solution passes; 0.70 on 1,000 test images is far above chance (0.10)
     * and below the 0.79 the full-data benchmark reaches after one epoch, so a correct network gets there and an
     * ascending or broken gradient does not.
     */
    private static final SgdSettings SHORT_RUN = new SgdSettings(0.1, 32, 3, 0.0);

    private static final double SHORT_RUN_ACCURACY = 0.70;

    private static Split fashionMnist;

    private static synchronized Split fashionMnist() {
        if (fashionMnist == null) {
            fashionMnist = FashionMnist.load(DataType.FLOAT);
        }
        return fashionMnist;
    }

    Gen<Networks.Case> networks() {
        return Networks.small();
    }

    @Property(tries = 15)
    @Graded(points = 2, task = "sgd",
            hint = "MiniBatchSgd.step must update every parameter in place, θ ← θ − η·g (minus: descend), without modifying the gradient (use mul, not muli, on it).")
    void stepDescendsAlongTheGradient(@ForAll("networks") Networks.Case network) {
        Parameters parameters = network.parameters();
        Parameters before = parameters.copy();
        Parameters gradient = TwoLayerNetwork.lossAndGradient(parameters, network.input(), network.labels(), 0.0)
                .gradient().copy();
        Parameters gradientBefore = gradient.copy();
        double rate = 0.3;

        MiniBatchSgd.step(parameters, gradient, rate);

        assertThat(parameters.w1()).isCloseTo(before.w1().sub(gradientBefore.w1().mul(rate)), STEP);
        assertThat(parameters.b1()).isCloseTo(before.b1().sub(gradientBefore.b1().mul(rate)), STEP);
        assertThat(parameters.w2()).isCloseTo(before.w2().sub(gradientBefore.w2().mul(rate)), STEP);
        assertThat(parameters.b2()).isCloseTo(before.b2().sub(gradientBefore.b2().mul(rate)), STEP);
        assertThat(gradient.w1()).as("the gradient after the step").isCloseTo(gradientBefore.w1(), Tolerance.absolute(0));
    }

    @Property(tries = 10)
    @Graded(points = 3, task = "sgd",
            hint = "MiniBatchSgd.train must draw one shuffledOrder(N, random) per epoch, step on consecutive batches of that order keeping the last partial batch, and return the size-weighted mean of the batch losses.")
    void trainReplaysShuffledMiniBatches(@ForAll("networks") Networks.Case network) {
        long seed = Seeds.of("replay " + network.input().rows());
        Parameters trained = network.parameters().copy();

        double[] losses = MiniBatchSgd.train(trained, network.input(), network.labels(), REPLAYED,
                new SplittableRandom(seed));

        double[][] w1 = network.w1();
        double[] b1 = network.b1();
        double[][] w2 = network.w2();
        double[] b2 = network.b2();
        double[][] x = network.x();
        int n = x.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] expectedLosses = new double[REPLAYED.epochs()];
        for (int epoch = 0; epoch < REPLAYED.epochs(); epoch++) {
            int[] order = MiniBatchSgd.shuffledOrder(n, random);
            for (int start = 0; start < n; start += REPLAYED.batchSize()) {
                int size = Math.min(REPLAYED.batchSize(), n - start);
                double[][] batch = new double[size][];
                int[] labels = new int[size];
                for (int i = 0; i < size; i++) {
                    batch[i] = x[order[start + i]];
                    labels[i] = network.labels()[order[start + i]];
                }
                expectedLosses[epoch] += size * NetworkOracle.forward(w1, b1, w2, b2, batch, labels, REPLAYED.l2()).loss() / n;
                NetworkOracle.Gradient g = NetworkOracle.gradient(w1, b1, w2, b2, batch, labels, REPLAYED.l2());
                descend(w1, g.w1());
                descend(w2, g.w2());
                descend(new double[][] {b1}, new double[][] {g.b1()});
                descend(new double[][] {b2}, new double[][] {g.b2()});
            }
        }

        assertThat(losses).as("epoch losses").hasSize(REPLAYED.epochs());
        for (int epoch = 0; epoch < losses.length; epoch++) {
            assertThat(losses[epoch]).as("loss of epoch %d", epoch)
                    .isCloseTo(expectedLosses[epoch], org.assertj.core.api.Assertions.within(
                            REPLAY.allowedDeviation(expectedLosses[epoch])));
        }
        assertThat(trained.w1()).isCloseTo(w1, REPLAY);
        assertThat(trained.b1()).isCloseTo(b1, REPLAY);
        assertThat(trained.w2()).isCloseTo(w2, REPLAY);
        assertThat(trained.b2()).isCloseTo(b2, REPLAY);
    }

    @Test
    @Graded(points = 3, task = "sgd",
            hint = "A correct network and SGD loop memorize 50 Fashion-MNIST images (100% training accuracy) within 60 epochs; if yours does not, check the gradients' signs and scale and that every batch takes a step.")
    void overfitsFiftyImages() {
        Dataset fifty = BalancedSubsets.first(fashionMnist().train(), 5);
        INDArray images = fifty.images().castTo(DataType.DOUBLE);
        Parameters parameters = Parameters.initialize(FashionMnist.PIXELS, 64, 10, DataType.DOUBLE,
                Seeds.random("overfit fifty images"));

        MiniBatchSgd.train(parameters, images, fifty.labels(), OVERFIT, Seeds.random("overfit fifty shuffles"));

        assertThat(TwoLayerNetwork.accuracy(parameters, images, fifty.labels())).as("training accuracy").isEqualTo(1.0);
    }

    @Test
    @Graded(points = 3, task = "sgd",
            hint = "Three short epochs on 2,000 Fashion-MNIST images must lower the training loss and lift test accuracy well above chance; if not, check the gradients and the update direction.")
    void learnsFashionMnistInAFewSeconds() {
        Dataset train = BalancedSubsets.sample(fashionMnist().train(), 200, Seeds.of("short run training images"));
        Dataset test = BalancedSubsets.first(fashionMnist().test(), 100);
        Parameters parameters = Parameters.initialize(FashionMnist.PIXELS, 64, 10, DataType.FLOAT,
                Seeds.random("short run initialization"));

        double[] losses = MiniBatchSgd.train(parameters, train.images(), train.labels(), SHORT_RUN,
                Seeds.random("short run shuffles"));

        assertThat(losses[losses.length - 1]).as("training loss of the last epoch").isLessThan(losses[0]);
        assertThat(TwoLayerNetwork.accuracy(parameters, test.images(), test.labels())).as("test accuracy")
                .isGreaterThanOrEqualTo(SHORT_RUN_ACCURACY);
    }

    private static void descend(double[][] parameter, double[][] gradient) {
        for (int r = 0; r < parameter.length; r++) {
            for (int c = 0; c < parameter[r].length; c++) {
                parameter[r][c] -= REPLAYED.learningRate() * gradient[r][c];
            }
        }
    }
}
