package org.dlcourse.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dlcourse.kit.assertions.TensorAssertions;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The four strategies on tiny generated networks: what is frozen stays bit-identical, what is trained moves at its
 * group's learning rate, LP-FT starts where the probe ended, every strategy works on its own copy.
 */
class StrategyProperties {

    /** One SGD step on values of order 1 recomputed on a copy: the same ND4J operations, a few ulps at most. */
    static final Tolerance ONE_STEP = Tolerance.of(1e-12, 1e-12);

    Gen<Cases.TransferCase> anyCase() {
        return Cases.cases(false);
    }

    Gen<Cases.TransferCase> batchNormCase() {
        return Cases.cases(true);
    }

    Gen<Cases.TransferCase> zeroLearningRateCase() {
        return Cases.cases(false).map(c -> c.withSettings(new TransferSettings(0.0, 0.0, c.settings().momentum(),
                c.settings().weightDecay())));
    }

    @Property(tries = 4)
    @Graded(points = 4, task = "freezing",
            hint = "Linear probing must leave the backbone bit-identical after training, also with momentum and weight decay: freeze a copy of it (setTrainable(false) on every parameter), keep it in eval mode, and let GroupedSgd skip frozen parameters entirely.")
    void aLinearProbeLeavesTheBackboneBitIdentical(@ForAll("anyCase") Cases.TransferCase c) {
        Backbone pretrained = c.pretrained();
        List<double[]> before = Cases.state(pretrained);
        TransferRun probe = Transfer.linearProbe(pretrained, c.classes(), c.settings(), c.seed());

        TransferTraining.train(probe, c.inputs(), c.labels(), c.epochs(), c.batchSize(), c.seed());

        assertThat(Cases.bitIdentical(Cases.state(probe.network().backbone()), before))
                .as("the probe's backbone (parameters and running statistics) is bit-identical to the pretrained one")
                .isTrue();
        assertThat(Cases.bitIdentical(Cases.state(pretrained), before)).as("the pretrained backbone is untouched")
                .isTrue();
        assertThat(pretrained.isFrozen()).as("the pretrained backbone is frozen (the probe must freeze a copy)")
                .isFalse();
    }

    @Property(tries = 4)
    @Graded(points = 3, task = "freezing",
            hint = "A frozen backbone's batch norms must run in eval mode during training, or their running statistics drift with every batch even though no parameter moves: freeze puts the backbone in eval mode, and the training loop must not switch a frozen backbone back to training mode (backbone.setTraining(!backbone.isFrozen())).")
    void frozenBatchNormStatisticsStayFixed(@ForAll("batchNormCase") Cases.TransferCase c) {
        Backbone pretrained = c.pretrained();
        TransferRun probe = Transfer.linearProbe(pretrained, c.classes(), c.settings(), c.seed());

        TransferTraining.train(probe, c.inputs(), c.labels(), c.epochs(), c.batchSize(), c.seed());

        List<BatchNorm> before = pretrained.batchNorms();
        List<BatchNorm> after = probe.network().backbone().batchNorms();
        for (int layer = 0; layer < before.size(); layer++) {
            assertThat(after.get(layer).isTraining()).as("batch norm %d of the frozen backbone in training mode", layer)
                    .isFalse();
            assertThat(after.get(layer).runningMean().data().asDouble()).as("running mean of batch norm %d", layer)
                    .containsExactly(before.get(layer).runningMean().data().asDouble());
            assertThat(after.get(layer).runningVariance().data().asDouble())
                    .as("running variance of batch norm %d", layer)
                    .containsExactly(before.get(layer).runningVariance().data().asDouble());
        }
    }

    @Property(tries = 4)
    @Graded(points = 2, task = "strategies",
            hint = "linearProbe: the head is Network.newHead(backbone, classes, seed), trainable, in group 'head' at the head learning rate; the frozen backbone is in group 'backbone' at the backbone learning rate; training changes the head.")
    void aLinearProbeTrainsANewHead(@ForAll("anyCase") Cases.TransferCase c) {
        Backbone pretrained = c.pretrained();
        TransferRun probe = Transfer.linearProbe(pretrained, c.classes(), c.settings(), c.seed());
        Affine expectedHead = Network.newHead(pretrained, c.classes(), c.seed());

        assertThat(Cases.bitIdentical(Cases.values(probe.network().head().parameters()),
                Cases.values(expectedHead.parameters()))).as("the probe's head is Network.newHead(backbone, classes, seed)")
                .isTrue();
        assertRates(probe, c.settings());
        assertThat(probe.network().head().parameters()).allMatch(Parameter::isTrainable);
        TransferTraining.train(probe, c.inputs(), c.labels(), c.epochs(), c.batchSize(), c.seed());
        assertThat(Cases.bitIdentical(Cases.values(probe.network().head().parameters()),
                Cases.values(expectedHead.parameters()))).as("the head after training is still its initial value")
                .isFalse();
    }

    @Property(tries = 4)
    @Graded(points = 3, task = "strategies",
            hint = "fineTune: a trainable copy of the backbone (training mode) and a new head, the backbone's parameters in group 'backbone' at settings.backboneLearningRate(), the head's in group 'head' at settings.headLearningRate() (not one rate for all, not swapped).")
    void fineTuningStepsTheBackboneAndTheHeadAtTheirOwnRates(@ForAll("anyCase") Cases.TransferCase c) {
        Backbone pretrained = c.pretrained();
        TransferRun run = Transfer.fineTune(pretrained, c.classes(), c.settings(), c.seed());
        assertRates(run, c.settings());
        assertThat(run.network().parameters()).allMatch(Parameter::isTrainable);
        Network network = run.network();
        Network copy = network.copy();
        INDArray x = c.inputs();

        network.lossAndGradients(x, c.labels());
        run.optimizer().step();
        copy.lossAndGradients(x, c.labels());

        List<Parameter> stepped = network.parameters();
        List<Parameter> reference = copy.parameters();
        int backboneCount = network.backbone().parameters().size();
        for (int i = 0; i < stepped.size(); i++) {
            double rate = i < backboneCount ? c.settings().backboneLearningRate() : c.settings().headLearningRate();
            Parameter p = reference.get(i);
            INDArray expected = p.value().sub(p.gradient().add(p.value().mul(c.settings().weightDecay())).mul(rate));
            TensorAssertions.assertThat(stepped.get(i).value()).as("%s after one step", p.name())
                    .isCloseTo(expected, ONE_STEP);
        }
    }

    @Property(tries = 4)
    @Graded(points = 2, task = "strategies",
            hint = "Fine-tuning trains the backbone in training mode: unfreeze its copy (trainable parameters, backbone.setTraining(true)); the batch norms then update their running statistics, and the pretrained backbone itself stays untouched.")
    void fineTuningMovesTheBackboneCopyInTrainingMode(@ForAll("batchNormCase") Cases.TransferCase c) {
        Backbone pretrained = c.pretrained();
        Transfer.freeze(pretrained);
        List<double[]> before = Cases.state(pretrained);
        TransferRun run = Transfer.fineTune(pretrained, c.classes(), c.settings(), c.seed());

        TransferTraining.train(run, c.inputs(), c.labels(), c.epochs(), c.batchSize(), c.seed());

        Backbone tuned = run.network().backbone();
        assertThat(tuned.isFrozen()).as("the fine-tuned backbone is frozen").isFalse();
        assertThat(tuned.batchNorms().get(0).runningMean().data().asDouble())
                .as("running mean of the fine-tuned backbone's first batch norm")
                .isNotEqualTo(pretrained.batchNorms().get(0).runningMean().data().asDouble());
        assertThat(Cases.bitIdentical(Cases.state(pretrained), before)).as("the pretrained backbone is untouched")
                .isTrue();
    }

    @Property(tries = 4)
    @Graded(points = 3, task = "strategies",
            hint = "LP-FT's fine-tuning starts from a copy of the probed network: the probe's trained head (not a new random one) on the probe's backbone, unfrozen and in training mode, in the same two groups as fineTune; training it must not change the probe.")
    void lpftStartsFromTheProbesHead(@ForAll("anyCase") Cases.TransferCase c) {
        TransferRun probe = Transfer.linearProbe(c.pretrained(), c.classes(), c.settings(), c.seed());
        TransferTraining.train(probe, c.inputs(), c.labels(), c.epochs(), c.batchSize(), c.seed());
        List<double[]> probedHead = Cases.values(probe.network().head().parameters());
        List<double[]> probedBackbone = Cases.state(probe.network().backbone());

        TransferRun lpft = Transfer.lpft(probe.network(), c.settings());

        assertThat(Cases.bitIdentical(Cases.values(lpft.network().head().parameters()), probedHead))
                .as("LP-FT's head before fine-tuning is the probe's trained head").isTrue();
        assertThat(Cases.bitIdentical(Cases.state(lpft.network().backbone()), probedBackbone))
                .as("LP-FT's backbone before fine-tuning is the probe's").isTrue();
        assertThat(lpft.network().parameters()).allMatch(Parameter::isTrainable);
        assertThat(lpft.network().backbone().batchNorms()).allMatch(BatchNorm::isTraining);
        assertRates(lpft, c.settings());
        TransferTraining.train(lpft, c.inputs(), c.labels(), c.epochs(), c.batchSize(), c.seed() + 1);
        assertThat(Cases.bitIdentical(Cases.values(probe.network().head().parameters()), probedHead)
                && Cases.bitIdentical(Cases.state(probe.network().backbone()), probedBackbone))
                .as("the probe is unchanged by LP-FT's training").isTrue();
    }

    @Property(tries = 4)
    @Graded(points = 2, task = "strategies",
            hint = "Fine-tuning (and LP-FT) with learning rates 0 must leave every parameter bit-identical, whatever the momentum and weight decay: every update is scaled by its group's learning rate, theta <- theta - lr*(g + wd*theta).")
    void fineTuningWithZeroLearningRatesIsANoOp(@ForAll("zeroLearningRateCase") Cases.TransferCase c) {
        Backbone pretrained = c.pretrained();
        TransferRun run = Transfer.fineTune(pretrained, c.classes(), c.settings(), c.seed());
        List<double[]> start = Cases.values(run.network().parameters());
        TransferTraining.train(run, c.inputs(), c.labels(), c.epochs(), c.batchSize(), c.seed());
        TransferRun probe = Transfer.linearProbe(pretrained, c.classes(), c.settings(), c.seed());
        TransferRun lpft = Transfer.lpft(probe.network(), c.settings());
        List<double[]> lpftStart = Cases.values(lpft.network().parameters());
        TransferTraining.train(lpft, c.inputs(), c.labels(), c.epochs(), c.batchSize(), c.seed());

        assertThat(Cases.bitIdentical(Cases.values(run.network().parameters()), start))
                .as("fine-tuned parameters after training with lr 0").isTrue();
        assertThat(Cases.bitIdentical(Cases.values(lpft.network().parameters()), lpftStart))
                .as("LP-FT parameters after training with lr 0").isTrue();
    }

    @Property(tries = 4)
    @Graded(points = 2, task = "strategies",
            hint = "scratch: a new Backbone(architecture, seed) and Network.newHead(backbone, classes, seed), every parameter trainable, all in one group at the head learning rate; nothing of the pretrained backbone.")
    void trainingFromScratchStartsFromAFreshNetwork(@ForAll("anyCase") Cases.TransferCase c) {
        TransferRun run = Transfer.scratch(c.architecture(), c.classes(), c.settings(), c.seed());
        Backbone fresh = new Backbone(c.architecture(), c.seed());
        Affine head = Network.newHead(fresh, c.classes(), c.seed());

        assertThat(Cases.bitIdentical(Cases.state(run.network().backbone()), Cases.state(fresh)))
                .as("the backbone is new Backbone(architecture, seed)").isTrue();
        assertThat(Cases.bitIdentical(Cases.values(run.network().head().parameters()), Cases.values(head.parameters())))
                .as("the head is Network.newHead(backbone, classes, seed)").isTrue();
        assertThat(run.network().parameters()).allMatch(Parameter::isTrainable);
        Map<Parameter, Double> rates = Cases.learningRates(run.optimizer());
        for (Parameter parameter : run.network().parameters()) {
            assertThat(rates.get(parameter)).as("learning rate of %s", parameter.name())
                    .isEqualTo(c.settings().headLearningRate());
        }
    }

    /** Backbone parameters at the backbone rate, head parameters at the head rate, each in the optimizer once. */
    private static void assertRates(TransferRun run, TransferSettings settings) {
        Map<Parameter, Double> rates = Cases.learningRates(run.optimizer());
        for (Parameter parameter : run.network().backbone().parameters()) {
            assertThat(rates.get(parameter)).as("learning rate of backbone parameter %s", parameter.name())
                    .isEqualTo(settings.backboneLearningRate());
        }
        for (Parameter parameter : run.network().head().parameters()) {
            assertThat(rates.get(parameter)).as("learning rate of head parameter %s", parameter.name())
                    .isEqualTo(settings.headLearningRate());
        }
    }
}
