package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Laws of the mini-batch training loop, watched batch by batch through a {@link BatchObserver}. */
class TrainingProperties {

    /**
     * A replay of up to ~50 steps with the oracle's gradients (plain double loops) against training with the given
     * model's (ND4J): each step differs by a few ulps of values of magnitude ≲ 10 (summation order), and convex SGD
     * does not amplify such differences much; 1e-9 is far above rounding and far below any wrong or missing step.
     */
    private static final Tolerance REPLAY = Tolerance.of(1e-9, 1e-9);

    /** Two evaluations of a mean of ≤ 40 losses of order 1 in different orders: ≲ 1e-14 apart. */
    private static final double LOSS = 1e-12;

    /** A loss after up to four replayed gradient-descent steps: the replay's parameters differ by ≲ 1e-14. */
    private static final double REPLAYED_LOSS = 1e-10;

    /** A step the run took: its epoch and the indices of its batch. */
    record Step(int epoch, int[] indices) {
    }

    /** A finished run: its loss curves, every step, and the trained model. */
    record Run(LossHistory history, List<Step> steps, SoftmaxRegression model) {
    }

    /**
     * The problem's optimizer (the student's {@link Sgd}, so that this checks the loop, not the update) stepping copies
     * of the starting parameters with the oracle's gradients of chosen batches.
     */
    static final class Replay {

        private final Problems.Problem problem;
        private final double[][] images;
        private final INDArray weights;
        private final INDArray bias;
        private final Sgd optimizer;

        Replay(Problems.Problem problem) {
            this.problem = problem;
            this.images = problem.trainImages();
            this.weights = problem.weights().dup('c');
            this.bias = problem.bias().dup('c');
            this.optimizer = new Sgd(List.of(weights, bias), problem.sgd());
        }

        /** One step on the samples {@code rows}, all of them when null. */
        void step(int[] rows) {
            double[][] gradients = TrainingOracle.gradients(values(weights), values(bias), images,
                    problem.train().labels(), rows);
            optimizer.step(List.of(Nd4j.create(gradients[0], weights.shape(), weights.stride(), 'c', DataType.DOUBLE),
                    Nd4j.create(gradients[1], bias.shape(), bias.stride(), 'c', DataType.DOUBLE)));
        }

        INDArray weights() {
            return weights;
        }

        INDArray bias() {
            return bias;
        }

        double trainingLoss() {
            return TrainingOracle.loss(values(weights), values(bias), images, problem.train().labels(), null);
        }

        private static double[] values(INDArray tensor) {
            return tensor.dup('c').data().asDouble();
        }
    }

    static Run train(Problems.Problem problem) {
        SoftmaxRegression model = problem.model();
        List<Step> steps = new ArrayList<>();
        LossHistory history = MiniBatchTrainer.train(model, problem.optimizer(model), problem.train(),
                problem.validation(), problem.training(),
                (epoch, indices) -> steps.add(new Step(epoch, indices.clone())));
        return new Run(history, steps, model);
    }

    Gen<Problems.Problem> problems() {
        return Problems.problems(1, 16, 3);
    }

    Gen<Problems.Problem> severalEpochsOfManySamples() {
        return Problems.problems(12, 24, 3).map(p -> p.withTraining(new TrainingSettings(
                Math.max(2, p.training().epochs()), p.training().batchSize(), p.training().seed())));
    }

    Gen<Problems.Problem> fullBatchProblems() {
        return Problems.plainProblems(1, 16, 4).map(p -> p.withTraining(new TrainingSettings(p.training().epochs(),
                p.train().size() + p.training().batchSize() % 3, p.training().seed())));
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "training",
            hint = "Each epoch must visit every training sample exactly once: shuffle the indices 0..n-1, cut them into batches (keeping the last, smaller one), and step on every batch; epochs are numbered from 1.")
    void everyEpochVisitsEverySampleOnce(@ForAll("problems") Problems.Problem problem) {
        Run run = train(problem);
        int n = problem.train().size();
        int batchSize = problem.training().batchSize();
        int batchesPerEpoch = (n + batchSize - 1) / batchSize;

        assertThat(run.steps()).as("steps").hasSize(problem.training().epochs() * batchesPerEpoch);
        for (int epoch = 1; epoch <= problem.training().epochs(); epoch++) {
            List<Step> steps = run.steps().subList((epoch - 1) * batchesPerEpoch, epoch * batchesPerEpoch);
            int e = epoch;
            assertThat(steps).as("steps %d..%d", (epoch - 1) * batchesPerEpoch + 1, epoch * batchesPerEpoch)
                    .allSatisfy(step -> assertThat(step.epoch()).as("epoch number").isEqualTo(e));
            assertThat(steps.subList(0, steps.size() - 1)).as("batches of epoch %d but its last", epoch)
                    .allSatisfy(step -> assertThat(step.indices()).hasSize(batchSize));
            assertThat(steps.stream().flatMapToInt(step -> Arrays.stream(step.indices())).sorted().toArray())
                    .as("the indices of epoch %d, sorted", epoch).isEqualTo(IntStream.range(0, n).toArray());
        }
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "training",
            hint = "Draw a new order at the start of EVERY epoch, all from ONE generator made once from the seed: shuffling once before the loop, or re-creating the generator every epoch, repeats the order.")
    void everyEpochIsReshuffled(@ForAll("severalEpochsOfManySamples") Problems.Problem problem) {
        List<int[]> orders = epochOrders(train(problem));

        for (int epoch = 1; epoch < orders.size(); epoch++) {
            assertThat(orders.get(epoch)).as("order of epoch %d against epoch %d (n = %d)", epoch + 1, epoch,
                    problem.train().size()).isNotEqualTo(orders.get(epoch - 1));
        }
    }

    @Property(tries = 10)
    @Graded(points = 2, task = "training",
            hint = "All randomness must come from one SplittableRandom seeded with settings.seed(): the same seed must give the same batches and losses, another seed other batches.")
    void theSeedDeterminesTheRun(@ForAll("severalEpochsOfManySamples") Problems.Problem problem) {
        Run first = train(problem);
        Run again = train(problem);
        TrainingSettings t = problem.training();
        Run reseeded = train(problem.withTraining(new TrainingSettings(t.epochs(), t.batchSize(), t.seed() + 1)));

        // The curves themselves, never LossHistory's equals: the class is the student's to edit.
        assertThat(again.history().train()).as("training curve of a second run with the same seed")
                .isEqualTo(first.history().train());
        assertThat(again.history().validation()).as("validation curve of a second run with the same seed")
                .isEqualTo(first.history().validation());
        assertThat(epochOrders(again)).as("batches of a second run with the same seed")
                .containsExactlyElementsOf(epochOrders(first));
        assertThat(epochOrders(reseeded).get(0)).as("first epoch's order with seed + 1")
                .isNotEqualTo(epochOrders(first).get(0));
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "training",
            hint = "Take exactly one optimizer step per mini-batch, with the gradient of that batch's mean loss on the images AND labels of the very indices the observer receives (then tell the observer).")
    void stepsOnExactlyTheObservedBatches(@ForAll("problems") Problems.Problem problem) {
        Run run = train(problem);
        Replay replay = new Replay(problem);
        for (Step step : run.steps()) {
            replay.step(step.indices());
        }

        List<INDArray> trained = run.model().parameters();
        assertThat(trained.get(0)).as("W after replaying the observed batches").isCloseTo(replay.weights(), REPLAY);
        assertThat(trained.get(1)).as("b after replaying the observed batches").isCloseTo(replay.bias(), REPLAY);
    }

    @Property(tries = 25)
    @Graded(points = 2, task = "training",
            hint = "history entry 0 is the loss before any step, entry e the loss after epoch e, each the mean over the WHOLE training set and the whole validation set (not an average of batch losses).")
    void theHistoryHoldsTheLossesBeforeAndAfterEveryEpoch(@ForAll("problems") Problems.Problem problem) {
        SoftmaxRegression model = problem.model();
        int n = problem.train().size();
        List<double[]> atEpochEnds = new ArrayList<>();
        int[] seen = {0};
        LossHistory history = MiniBatchTrainer.train(model, problem.optimizer(model), problem.train(),
                problem.validation(), problem.training(), (epoch, indices) -> {
                    seen[0] += indices.length;
                    if (seen[0] == epoch * n) {
                        atEpochEnds.add(new double[] {model.loss(problem.train()), model.loss(problem.validation())});
                    }
                });
        double[] w = problem.weights().dup('c').data().asDouble();
        double[] b = problem.bias().dup('c').data().asDouble();

        assertThat(history.length()).as("entries").isEqualTo(problem.training().epochs() + 1);
        assertThat(history.train()[0]).as("training loss before training").isCloseTo(TrainingOracle.loss(w, b,
                problem.trainImages(), problem.train().labels(), null), within(LOSS));
        assertThat(history.validation()[0]).as("validation loss before training").isCloseTo(TrainingOracle.loss(w, b,
                problem.validation().images().toDoubleMatrix(), problem.validation().labels(), null), within(LOSS));
        for (int epoch = 1; epoch <= problem.training().epochs(); epoch++) {
            assertThat(history.train()[epoch]).as("training loss after epoch %d", epoch)
                    .isCloseTo(atEpochEnds.get(epoch - 1)[0], within(LOSS));
            assertThat(history.validation()[epoch]).as("validation loss after epoch %d", epoch)
                    .isCloseTo(atEpochEnds.get(epoch - 1)[1], within(LOSS));
        }
    }

    @Property(tries = 25)
    @Graded(points = 2, task = "training",
            hint = "With a batch size of at least n every epoch is ONE full-batch gradient step: a single batch holding all n samples.")
    void fullBatchTrainingIsGradientDescent(@ForAll("fullBatchProblems") Problems.Problem problem) {
        Run run = train(problem);
        Replay replay = new Replay(problem);

        for (int epoch = 1; epoch <= problem.training().epochs(); epoch++) {
            replay.step(null);
            assertThat(run.history().train()[epoch]).as("training loss after %d gradient-descent steps", epoch)
                    .isCloseTo(replay.trainingLoss(), within(REPLAYED_LOSS));
        }
        assertThat(run.steps()).as("steps").hasSize(problem.training().epochs());
    }

    private static List<int[]> epochOrders(Run run) {
        List<int[]> orders = new ArrayList<>();
        for (Step step : run.steps()) {
            if (orders.size() < step.epoch()) {
                orders.add(new int[0]);
            }
            int[] order = orders.get(step.epoch() - 1);
            int[] longer = Arrays.copyOf(order, order.length + step.indices().length);
            System.arraycopy(step.indices(), 0, longer, order.length, step.indices().length);
            orders.set(step.epoch() - 1, longer);
        }
        return orders;
    }
}
