package org.dlcourse.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.TensorAssertions;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The training loop against an oracle loop written from its specification, on tiny generated problems. */
class TrainingProperties {

    /**
     * Both loops run the same ND4J operations in the same order on the same values, so they agree exactly; the
     * tolerance only allows for a student who sums the epoch's loss in another order (a few ulps of values ≲ 10).
     */
    static final Tolerance SAME_OPERATIONS = Tolerance.of(1e-12, 1e-12);

    Gen<Cases.TransferCase> anyCase() {
        return Cases.cases(false);
    }

    /**
     * The specified loop: backbone in training mode unless frozen; one SplittableRandom(seed); per epoch a
     * {@link Shuffling#permutation} cut into consecutive batches, the last one kept; per batch lossAndGradients and
     * a step; the epoch's loss is the mean of the batch losses weighted by their sizes.
     */
    static double[] oracleTrain(Network network, GroupedSgd optimizer, INDArray x, int[] labels, int epochs,
            int batchSize, long seed) {
        network.backbone().setTraining(!network.backbone().isFrozen());
        SplittableRandom random = new SplittableRandom(seed);
        double[] losses = new double[epochs];
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = Shuffling.permutation(labels.length, random);
            double sum = 0.0;
            for (int start = 0; start < labels.length; start += batchSize) {
                int[] batch = Arrays.copyOfRange(order, start, Math.min(labels.length, start + batchSize));
                int[] batchLabels = Arrays.stream(batch).map(i -> labels[i]).toArray();
                sum += batch.length * network.lossAndGradients(Nd4j.pullRows(x, 1, batch), batchLabels);
                optimizer.step();
            }
            losses[epoch] = sum / labels.length;
        }
        return losses;
    }

    /** An optimizer over {@code network} with the backbone and head at the case's rates, built without the student's strategies. */
    static GroupedSgd optimizer(Network network, TransferSettings settings) {
        return new GroupedSgd(List.of(
                new ParameterGroup("backbone", network.backbone().parameters(), settings.backboneLearningRate()),
                new ParameterGroup("head", network.head().parameters(), settings.headLearningRate())),
                settings.momentum(), settings.weightDecay());
    }

    @Property(tries = 4)
    @Graded(points = 4, task = "training",
            hint = "Follow the specified loop: one SplittableRandom(seed) for the run; each epoch Shuffling.permutation(n, random) cut into consecutive batches of batchSize (the last one smaller, kept); per batch lossAndGradients on the rows in that order, then optimizer.step(); return each epoch's mean loss, batch losses weighted by batch size.")
    void trainingFollowsTheSpecifiedOrder(@ForAll("anyCase") Cases.TransferCase c) {
        Network network = new Network(c.pretrained(), Network.newHead(c.pretrained(), c.classes(), c.seed()));
        Network twin = network.copy();
        INDArray x = c.inputs();

        double[] losses = TransferTraining.train(new TransferRun(network, optimizer(network, c.settings())), x,
                c.labels(), c.epochs(), c.batchSize(), c.seed());
        double[] expected = oracleTrain(twin, optimizer(twin, c.settings()), x, c.labels(), c.epochs(),
                c.batchSize(), c.seed());

        TensorAssertions.assertThat(Nd4j.createFromArray(losses)).as("the loss of every epoch")
                .isCloseTo(Nd4j.createFromArray(expected), SAME_OPERATIONS);
        List<Parameter> trained = network.parameters();
        List<Parameter> reference = twin.parameters();
        for (int i = 0; i < trained.size(); i++) {
            TensorAssertions.assertThat(trained.get(i).value()).as("%s after training", reference.get(i).name())
                    .isCloseTo(reference.get(i).value(), SAME_OPERATIONS);
        }
    }

    @Property(tries = 4)
    @Graded(points = 2, task = "training",
            hint = "A backbone that is not frozen trains in training mode: call backbone.setTraining(!backbone.isFrozen()) before the first batch, even if the backbone was left in eval mode (e.g. by an accuracy evaluation or a probe).")
    void aTrainableBackboneTrainsInTrainingMode(@ForAll("anyCase") Cases.TransferCase c) {
        Network network = new Network(c.pretrained(), Network.newHead(c.pretrained(), c.classes(), c.seed()));
        network.backbone().setTraining(false);
        Network twin = network.copy();
        INDArray x = c.inputs();

        TransferTraining.train(new TransferRun(network, optimizer(network, c.settings())), x, c.labels(),
                c.epochs(), c.batchSize(), c.seed());
        oracleTrain(twin, optimizer(twin, c.settings()), x, c.labels(), c.epochs(), c.batchSize(), c.seed());

        assertThat(Cases.bitIdentical(Cases.state(network.backbone()), Cases.state(twin.backbone())))
                .as("the backbone (parameters and running statistics) after training agrees with the specified loop")
                .isTrue();
    }
}
