package org.dlcourse.sgd;

import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The SGD update against an independent oracle of torch.optim.SGD, option by option, on generated runs. */
class SgdProperties {

    /**
     * At most six steps of a few roundings each, on values of magnitude ≲ 100 (parameters and gradients in [−3, 3],
     * buffers growing by at most 1/(1 − μ)): the student's ND4J arithmetic and the oracle's loops differ by a few
     * ulps per step, ≲ 1e-13; whether axpy fuses a multiply-add makes no difference at this scale.
     */
    static final Tolerance ORACLE = Tolerance.of(1e-12, 1e-12);

    Gen<SgdCases.SgdCase> anyRun() {
        return SgdCases.cases(SgdCases.anySettings(), 1, SgdCases.MAX_STEPS);
    }

    Gen<SgdCases.SgdCase> firstHeavyBallStep() {
        return SgdCases.cases(SgdCases.heavyBall(), 1, 1);
    }

    Gen<SgdCases.SgdCase> runWithoutMomentum() {
        return SgdCases.cases(SgdCases.withoutMomentum(), 1, SgdCases.MAX_STEPS);
    }

    Gen<SgdCases.SgdCase> nesterovRun() {
        return SgdCases.cases(SgdCases.nesterov(), 1, SgdCases.MAX_STEPS);
    }

    Gen<SgdCases.SgdCase> decayWithMomentumRun() {
        return SgdCases.cases(SgdCases.decayWithMomentum(), 2, SgdCases.MAX_STEPS);
    }

    static void assertAgree(double[][] actual, double[][] expected) {
        for (int p = 0; p < expected.length; p++) {
            assertThat(Nd4j.createFromArray(actual[p])).as("parameter %d after the run", p)
                    .isCloseTo(Nd4j.createFromArray(expected[p]), ORACLE);
        }
    }

    @Property(tries = 200)
    @Graded(points = 4, task = "sgd",
            hint = "Follow torch.optim.SGD's order exactly: g <- g + wd*theta; b <- mu*b + (1 - tau)*g, with b = g at the first step; g <- g + mu*b if nesterov, else g <- b; theta <- theta - lr*g. One buffer per parameter, kept between steps.")
    void agreesWithTorchOptimSgdForAnySettings(@ForAll("anyRun") SgdCases.SgdCase run) {
        assertAgree(run.runStudent(), run.runOracle());
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "sgd",
            hint = "At the first step the momentum buffer is the gradient itself (b = g), without dampening: PyTorch starts the buffer as a copy of g, so the first momentum step equals a plain step.")
    void theFirstMomentumStepIsAPlainStep(@ForAll("firstHeavyBallStep") SgdCases.SgdCase run) {
        SgdSettings settings = run.settings();
        SgdSettings plain = SgdSettings.plain(settings.learningRate()).withWeightDecay(settings.weightDecay());

        assertAgree(run.runStudent(), run.withSettings(plain).runOracle());
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "sgd",
            hint = "With momentum 0 there is no buffer: each step is theta <- theta - lr*(g + wd*theta), and the dampening has no effect.")
    void withoutMomentumEveryStepIsPlain(@ForAll("runWithoutMomentum") SgdCases.SgdCase run) {
        SgdSettings settings = run.settings();
        SgdSettings plain = SgdSettings.plain(settings.learningRate()).withWeightDecay(settings.weightDecay());

        assertAgree(run.runStudent(), run.withSettings(plain).runOracle());
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "sgd",
            hint = "Nesterov momentum: first update the buffer b <- mu*b + g (b = g at the first step), then step along g + mu*b with that updated buffer.")
    void nesterovStepsAlongTheGradientPlusTheUpdatedBuffer(@ForAll("nesterovRun") SgdCases.SgdCase run) {
        assertAgree(run.runStudent(), run.runOracle());
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "sgd",
            hint = "Weight decay is added to the gradient, g <- g + wd*theta with theta before the step, and then goes through the momentum buffer: not applied to theta after the step, and not decoupled as in AdamW.")
    void weightDecayEntersTheGradientBeforeTheMomentum(@ForAll("decayWithMomentumRun") SgdCases.SgdCase run) {
        assertAgree(run.runStudent(), run.runOracle());
    }

    @Property(tries = 50)
    @Graded(points = 1, task = "sgd",
            hint = "step must not modify the gradients it is given, then or at a later step: compute g + wd*theta and the step into new arrays, and start the momentum buffer as a copy of g (PyTorch leaves p.grad alone).")
    void leavesTheGradientsUnchanged(@ForAll("anyRun") SgdCases.SgdCase run) {
        List<INDArray> parameters = run.tensors(run.start());
        Sgd optimizer = new Sgd(parameters, run.settings());
        List<List<INDArray>> given = new ArrayList<>();
        for (double[][] step : run.gradients()) {
            given.add(run.tensors(step));
            optimizer.step(given.get(given.size() - 1));
            for (int s = 0; s < given.size(); s++) {
                for (int p = 0; p < step.length; p++) {
                    assertThat(given.get(s).get(p)).as("gradient %d of step %d after step %d", p, s + 1, given.size())
                            .isCloseTo(run.tensors(run.gradients()[s]).get(p), Tolerance.absolute(0.0));
                }
            }
        }
    }
}
