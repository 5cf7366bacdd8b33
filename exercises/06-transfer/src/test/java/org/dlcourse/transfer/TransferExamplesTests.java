package org.dlcourse.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Public examples for exercise 06: small cases you can check by hand. Passing them does not mean the hidden tests
 * pass: those check the laws (a frozen backbone is bit-identical after training with momentum and weight decay,
 * frozen batch norm keeps its statistics, LP-FT starts from the probe's head, the training loop's order...) on
 * many generated networks and runs.
 */
class TransferExamplesTests {

    /** A couple of double operations on numbers of order 1. */
    private static final double EXAMPLE = 1e-12;

    private static Parameter parameter(String name, double... values) {
        return new Parameter(name, Nd4j.createFromArray(values));
    }

    private static double[] values(Parameter parameter) {
        return parameter.value().toDoubleVector();
    }

    @Test
    @Graded(points = 1, task = "parameter-groups", hint = "each group steps with its own learning rate: θ ← θ − lr_group·g")
    void everyGroupStepsWithItsOwnLearningRate() {
        Parameter backbone = parameter("backbone", 1.0, 2.0);
        Parameter head = parameter("head", 1.0, 2.0);
        backbone.gradient().assign(Nd4j.createFromArray(1.0, -1.0));
        head.gradient().assign(Nd4j.createFromArray(1.0, -1.0));
        GroupedSgd optimizer = new GroupedSgd(List.of(new ParameterGroup("backbone", List.of(backbone), 0.01),
                new ParameterGroup("head", List.of(head), 0.1)), 0.0, 0.0);

        optimizer.step();

        assertThat(values(backbone)).containsExactly(new double[] {0.99, 2.01}, within(EXAMPLE));
        assertThat(values(head)).containsExactly(new double[] {0.9, 2.1}, within(EXAMPLE));
    }

    @Test
    @Graded(points = 1, task = "parameter-groups", hint = "a parameter that is not trainable is skipped: no weight decay, no momentum, no step")
    void aFrozenParameterDoesNotMoveUnderMomentumAndWeightDecay() {
        Parameter frozen = parameter("frozen", 0.5, -1.5);
        frozen.setTrainable(false);
        frozen.gradient().assign(Nd4j.createFromArray(0.3, 0.7));
        GroupedSgd optimizer = new GroupedSgd(List.of(new ParameterGroup("backbone", List.of(frozen), 0.1)), 0.9, 0.01);

        for (int step = 0; step < 3; step++) {
            optimizer.step();
        }

        assertThat(values(frozen)).containsExactly(0.5, -1.5);
    }

    @Test
    @Graded(points = 1, task = "few-shot", hint = "k indices of every class, distinct, in increasing order")
    void fewShotTakesKOfEveryClass() {
        int[] labels = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0};

        int[] chosen = FewShot.indices(labels, 3, 2, 7L);

        assertThat(chosen).hasSize(6).isSorted().doesNotHaveDuplicates();
        assertThat(Arrays.stream(chosen).map(i -> labels[i]).sorted().toArray()).containsExactly(0, 0, 1, 1, 2, 2);
        assertThat(FewShot.indices(labels, 3, 2, 7L)).as("same seed, same indices").containsExactly(chosen);
    }

    @Test
    @Graded(points = 1, task = "strategies", hint = "linearProbe copies and freezes the backbone: its parameters are not trainable and it is in eval mode; the pretrained backbone is untouched")
    void aLinearProbeFreezesACopyOfTheBackbone() {
        Backbone pretrained = new Backbone(new Architecture(3, new int[] {4}, true), 1L);
        INDArray before = pretrained.parameters().get(0).value().dup();
        TransferSettings settings = new TransferSettings(0.1, 0.01, 0.9, 1e-4);

        TransferRun probe = Transfer.linearProbe(pretrained, 2, settings, 2L);

        assertThat(probe.network().backbone()).isNotSameAs(pretrained);
        assertThat(probe.network().backbone().isFrozen()).isTrue();
        assertThat(probe.network().backbone().batchNorms().get(0).isTraining()).isFalse();
        assertThat(probe.network().head().parameters()).allMatch(Parameter::isTrainable);
        assertThat(pretrained.parameters().get(0).value()).isEqualTo(before);
        assertThat(pretrained.isFrozen()).isFalse();
    }

    @Test
    @Graded(points = 1, task = "strategies", hint = "LP-FT starts from a copy of the probe's head, with the backbone trainable again")
    void lpftStartsFromTheProbesHead() {
        Backbone pretrained = new Backbone(new Architecture(3, new int[] {4}, false), 1L);
        TransferSettings settings = new TransferSettings(0.1, 0.01, 0.0, 0.0);
        Network probed = Transfer.linearProbe(pretrained, 2, settings, 2L).network();

        Network lpft = Transfer.lpft(probed, settings).network();

        assertThat(lpft.head()).isNotSameAs(probed.head());
        assertThat(lpft.head().weight().value()).isEqualTo(probed.head().weight().value());
        assertThat(lpft.head().bias().value()).isEqualTo(probed.head().bias().value());
        assertThat(lpft.backbone().parameters()).allMatch(Parameter::isTrainable);
    }

    @Test
    @Graded(points = 1, task = "training", hint = "one epoch of batches over all samples lowers the loss of a small separable problem")
    void trainingLowersTheLossOfASeparableProblem() {
        INDArray x = Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}, {1, 0.1}, {0.1, 1}, {0.9, 0}, {0, 0.9}});
        int[] labels = {0, 1, 0, 1, 0, 1};
        TransferRun run = Transfer.scratch(new Architecture(2, new int[] {8}, false), 2,
                new TransferSettings(0.5, 0.0, 0.9, 0.0), 3L);

        double[] losses = TransferTraining.train(run, x.castTo(DataType.DOUBLE), labels, 30, 2, 4L);

        assertThat(losses).hasSize(30);
        assertThat(losses[29]).isLessThan(losses[0] / 2);
    }
}
