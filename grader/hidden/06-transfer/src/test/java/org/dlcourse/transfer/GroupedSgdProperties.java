package org.dlcourse.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.List;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.factory.Nd4j;

/** The optimizer over parameter groups against a plain-Java oracle of torch.optim.SGD with groups. */
class GroupedSgdProperties {

    /**
     * At most five steps of a few roundings each on values of magnitude ≲ 100 (parameters and gradients in [−3, 3],
     * buffers growing by at most 1/(1 − μ) = 10): ND4J and the oracle's loops differ by a few ulps, ≲ 1e-13.
     */
    static final Tolerance ORACLE = Tolerance.of(1e-12, 1e-12);

    Gen<GroupCases.GroupRun> anyRun() {
        return GroupCases.runs(new double[] {0.0, 0.5, 0.9}, new double[] {0.0, 0.01, 0.1}, 1.0 / 3.0, 1);
    }

    Gen<GroupCases.GroupRun> severalGroupsAllTrainable() {
        return GroupCases.runs(new double[] {0.0, 0.9}, new double[] {0.0, 0.01}, 0.0, 2);
    }

    Gen<GroupCases.GroupRun> frozenWithMomentumAndDecay() {
        return GroupCases.runs(new double[] {0.5, 0.9}, new double[] {0.01, 0.1}, 0.5, 1);
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "parameter-groups",
            hint = "Every parameter steps with the learning rate of its own group (torch.optim.SGD param_groups), not one learning rate for all: SgdUpdate.apply(parameter, its buffer, group.learningRate(), momentum, weightDecay), keeping the buffer it returns for the next step.")
    void everyGroupStepsWithItsOwnLearningRate(@ForAll("severalGroupsAllTrainable") GroupCases.GroupRun run) {
        assertAgree(run.runStudent(), run.runOracle());
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "parameter-groups",
            hint = "Agree with torch.optim.SGD over groups: per parameter its group's lr, its own momentum buffer kept between steps (b = g at its first step), weight decay in the gradient; parameters that are not trainable skipped.")
    void agreesWithTorchSgdOverGroups(@ForAll("anyRun") GroupCases.GroupRun run) {
        assertAgree(run.runStudent(), run.runOracle());
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "parameter-groups",
            hint = "A parameter that is not trainable must be skipped entirely, bit for bit: treating it as a zero gradient still moves it through weight decay (wd*theta) and the momentum buffer. Check isTrainable() before calling SgdUpdate.")
    void aFrozenParameterIsBitIdenticalUnderMomentumAndWeightDecay(
            @ForAll("frozenWithMomentumAndDecay") GroupCases.GroupRun run) {
        double[][][] after = run.runStudent();

        for (int g = 0; g < after.length; g++) {
            for (int p = 0; p < after[g].length; p++) {
                if (run.frozen()[g][p]) {
                    assertThat(after[g][p]).as("frozen parameter %d of group %d", p, g)
                            .containsExactly(run.start()[g][p]);
                }
            }
        }
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "parameter-groups",
            hint = "A parameter frozen after some momentum steps must stop at once: skip it entirely, do not keep applying its momentum buffer or weight decay (PyTorch skips a parameter whose grad is None).")
    void freezingAfterMomentumStepsStopsTheParameterAtOnce(
            @ForAll("frozenWithMomentumAndDecay") GroupCases.GroupRun run) {
        List<ParameterGroup> groups = run.groups();
        groups.forEach(group -> group.parameters().forEach(parameter -> parameter.setTrainable(true)));
        GroupedSgd optimizer = new GroupedSgd(groups, run.momentum(), run.weightDecay());
        GroupCases.GroupRun.setGradients(groups, run.gradients()[0]);
        optimizer.step();
        optimizer.step();
        groups.forEach(group -> group.parameters().forEach(parameter -> parameter.setTrainable(false)));
        double[][][] frozenAt = GroupCases.GroupRun.values(groups);

        for (double[][][] step : run.gradients()) {
            GroupCases.GroupRun.setGradients(groups, step);
            optimizer.step();
        }

        assertThat(GroupCases.GroupRun.values(groups)).as("values after further steps while frozen")
                .isDeepEqualTo(frozenAt);
    }

    static void assertAgree(double[][][] actual, double[][][] expected) {
        for (int g = 0; g < expected.length; g++) {
            for (int p = 0; p < expected[g].length; p++) {
                assertThat(Nd4j.createFromArray(actual[g][p])).as("parameter %d of group %d after the run", p, g)
                        .isCloseTo(Nd4j.createFromArray(expected[g][p]), ORACLE);
            }
        }
    }
}
