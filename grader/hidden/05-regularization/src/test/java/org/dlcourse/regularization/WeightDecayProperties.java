package org.dlcourse.regularization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.gradcheck.NumericGradient;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Laws of the L2 penalty in the convention R(w) = (λ/2)·‖w‖²: its gradient is λ·w, and one SGD step on L + R is the
 * decoupled weight-decay step (1 − ηλ)·w − η·∇L.
 */
class WeightDecayProperties {

    /**
     * The two step formulas round differently: w − η(g + λw) and (1 − ηλ)w − ηg agree to a few ulps of the largest
     * term, |w| + η|g| + ηλ|w| ≤ 1e3 + 1e3 here; 1e-12 relative plus 1e-12 absolute is ~4,500 ulps of margin, while
     * the λ/2 mistake changes a step by ηλ|w|/2 ≥ 5e-7·|w|.
     */
    private static final Tolerance ROUNDING = Tolerance.of(1e-12, 1e-12);

    /** A central difference of a quadratic is exact up to roundoff ε·|R|/h ≈ 1e-16·1e4/1e-3 = 1e-9. */
    private static final Tolerance NUMERIC = Tolerance.of(1e-7, 1e-7);

    Gen<INDArray> weights() {
        return Gens.matrices().rows(1, 5).cols(1, 5).values(Gens.doubles(-10, 10));
    }

    Gen<Double> lambdas() {
        return Gens.doubles(1e-3, 1.0);
    }

    Gen<Double> learningRates() {
        return Gens.doubles(1e-3, 1.0);
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    @Property(tries = 60)
    @Graded(points = 2, task = "weight-decay",
            hint = "l2Penalty must be (lambda/2) times the sum of the squares of ALL elements of ALL tensors (the lambda/2 convention of lecture 05).")
    void penaltyIsHalfLambdaTimesTheSquaredNorm(@ForAll("weights") INDArray w, @ForAll("weights") INDArray v,
            @ForAll("lambdas") double lambda) {
        double squares = 0.0;
        for (double value : w.dup().data().asDouble()) {
            squares += value * value;
        }
        for (double value : v.dup().data().asDouble()) {
            squares += value * value;
        }

        assertThat(WeightDecay.l2Penalty(List.of(w, v), lambda)).isCloseTo(0.5 * lambda * squares,
                within(1e-12 * (1 + lambda * squares)));
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "weight-decay",
            hint = "l2Gradient must be the gradient of l2Penalty: with the penalty (lambda/2)*||w||^2 the gradient is lambda*w, not lambda/2*w or 2*lambda*w.")
    void gradientIsTheDerivativeOfThePenalty(@ForAll("weights") INDArray w, @ForAll("lambdas") double lambda) {
        INDArray numeric = NumericGradient.centralDifference(x -> WeightDecay.l2Penalty(List.of(x), lambda), w, 1e-3);

        assertThat(WeightDecay.l2Gradient(w, lambda)).isCloseTo(numeric, NUMERIC);
    }

    @Property(tries = 60)
    @Graded(points = 2, task = "weight-decay",
            hint = "sgdStepWithL2Penalty must update w in place to w - lr*(g + lambda*w) and leave the gradient unchanged.")
    void l2StepFollowsItsFormula(@ForAll("weights") INDArray w, @ForAll("seeds") long seed,
            @ForAll("learningRates") double lr, @ForAll("lambdas") double lambda) {
        INDArray g = RandomTensors.gaussian(new SplittableRandom(seed), w.shape());
        INDArray gBefore = g.dup();
        INDArray expected = w.sub(g.add(w.mul(lambda)).mul(lr));

        WeightDecay.sgdStepWithL2Penalty(Counterexample.input("w", w), Counterexample.input("g", g),
                Counterexample.input("lr", lr), Counterexample.input("lambda", lambda));

        assertThat(w).isCloseTo(expected, ROUNDING);
        assertThat(g).as("the gradient").isCloseTo(gBefore, Tolerance.absolute(0.0));
    }

    @Property(tries = 60)
    @Graded(points = 3, task = "weight-decay",
            hint = "L2-regularized SGD and decoupled weight decay must give the same weights step after step: decoupledStep is w <- (1 - lr*lambda)*w - lr*g, and both use the same lambda (the penalty (lambda/2)*||w||^2 has gradient lambda*w).")
    void l2RegularizedSgdIsDecoupledWeightDecay(@ForAll("weights") INDArray w, @ForAll("seeds") long seed,
            @ForAll("learningRates") double lr, @ForAll("lambdas") double lambda) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray coupled = Counterexample.input("w", w).dup();
        INDArray decoupled = w.dup();
        Counterexample.input("lr", lr);
        Counterexample.input("lambda", lambda);
        for (int step = 0; step < 5; step++) {
            INDArray g = Counterexample.input("g", RandomTensors.gaussian(random, w.shape()));
            INDArray gBefore = g.dup();

            WeightDecay.sgdStepWithL2Penalty(coupled, g, lr, lambda);
            WeightDecay.decoupledStep(decoupled, g, lr, lambda);

            assertThat(decoupled).as("decoupled weights after step %d", step + 1).isCloseTo(coupled, ROUNDING);
            assertThat(g).as("the gradient").isCloseTo(gBefore, Tolerance.absolute(0.0));
        }
        assertThat(coupled).as("the weights moved").isNotEqualTo(w);
    }
}
