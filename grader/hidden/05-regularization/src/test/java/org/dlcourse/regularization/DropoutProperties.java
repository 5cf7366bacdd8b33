package org.dlcourse.regularization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Laws of inverted dropout with drop probability p: masks of 0 and 1/(1 − p), a fraction ≈ p of zeros, the mean
 * preserved, the identity in evaluation mode, the backward pass through the same mask, and the seeded recipe.
 */
class DropoutProperties {

    /** Elements per statistical check: 100 × 400. */
    private static final int ROWS = 100;
    private static final int COLUMNS = 400;

    /**
     * The number of standard deviations allowed in the statistical checks. The dropped fraction of N = 40,000
     * independent units has standard deviation √(p(1 − p)/N) ≤ 0.0025; a correct dropout exceeds 5 of them with
     * probability ≈ 5.7e-7 per check (and, seeded, either always or never). Confusing keep with drop moves the
     * fraction from p to 1 − p, at least 0.2 away here, ≥ 80 standard deviations.
     */
    private static final double SIGMAS = 5.0;

    private static final Tolerance EXACT = Tolerance.of(1e-12, 1e-12);

    /** Drop probabilities at least 0.1 away from ½, where keep and drop would look alike. */
    Gen<Double> probabilities() {
        return Gens.oneOf(0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9);
    }

    Gen<Double> anyProbabilities() {
        return Gens.oneOf(0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0);
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    Gen<INDArray> inputs() {
        return Gens.matrices().rows(1, 6).cols(1, 6).values(Gens.doubles(-10, 10));
    }

    @Property(tries = 9)
    @Graded(points = 3, task = "dropout",
            hint = "The fraction of zeros in a training mask must be about p, the probability of DROPPING a unit (PyTorch's convention): drop when u < p, keep otherwise; keeping with probability p confuses keep with drop.")
    void aFractionPOfTheUnitsIsDropped(@ForAll("probabilities") double p, @ForAll("seeds") long seed) {
        Dropout dropout = new Dropout(Counterexample.input("p", p), Counterexample.random("random", seed));
        INDArray y = dropout.forward(Counterexample.input("x", Nd4j.ones(DataType.DOUBLE, ROWS, COLUMNS)), Mode.TRAIN);

        double n = (double) ROWS * COLUMNS;
        double zeros = n - y.neq(0.0).castTo(DataType.DOUBLE).sumNumber().doubleValue();
        double bound = SIGMAS * Math.sqrt(p * (1 - p) / n);
        assertThat(Math.abs(zeros / n - p)).as("|fraction of zeros − p| for p = %s", p).isLessThanOrEqualTo(bound);
    }

    @Property(tries = 9)
    @Graded(points = 2, task = "dropout",
            hint = "Inverted dropout keeps the mean: the kept units are scaled by 1/(1 - p), so the mean of the output is about the mean of the input.")
    void theMeanIsPreserved(@ForAll("probabilities") double p, @ForAll("seeds") long seed) {
        double c = 3.0;
        Dropout dropout = new Dropout(Counterexample.input("p", p), Counterexample.random("random", seed));
        INDArray y = dropout.forward(Counterexample.input("x", Nd4j.valueArrayOf(new long[] {ROWS, COLUMNS}, c, DataType.DOUBLE)),
                Mode.TRAIN);

        // Each unit is c·m with E[m] = 1 and Var[m] = p/(1 − p).
        double n = (double) ROWS * COLUMNS;
        double bound = SIGMAS * c * Math.sqrt(p / (1 - p) / n);
        assertThat(Math.abs(y.meanNumber().doubleValue() - c)).as("|mean of y − mean of x| for p = %s", p)
                .isLessThanOrEqualTo(bound);
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "dropout",
            hint = "In training mode every element of the mask is 0 or 1/(1 - p) and the output is mask * x element-wise; lastMask() returns that mask.")
    void theOutputIsTheInputTimesAMaskOfZerosAndOneOverKeep(@ForAll("inputs") INDArray x,
            @ForAll("anyProbabilities") double p, @ForAll("seeds") long seed) {
        Dropout dropout = new Dropout(Counterexample.input("p", p), Counterexample.random("random", seed));
        INDArray y = dropout.forward(Counterexample.input("x", x), Mode.TRAIN);
        INDArray mask = dropout.lastMask();

        assertThat(mask).as("lastMask() after a training pass").isNotNull();
        assertThat(y).isCloseTo(x.mul(mask), EXACT);
        double kept = p == 1.0 ? 0.0 : 1.0 / (1.0 - p);
        for (double m : mask.dup().data().asDouble()) {
            assertThat(m == 0.0 || Math.abs(m - kept) <= 1e-12 * kept).as("mask value %s for p = %s", m, p).isTrue();
        }
    }

    @Property(tries = 40)
    @Graded(points = 3, task = "dropout",
            hint = "Evaluation mode is the identity: no mask, no scaling by (1 - p) or 1/(1 - p) at test time (inverted dropout already scaled in training), and no random numbers drawn.")
    void evaluationModeIsTheIdentityAndDrawsNothing(@ForAll("inputs") INDArray x,
            @ForAll("anyProbabilities") double p, @ForAll("seeds") long seed) {
        Dropout dropout = new Dropout(Counterexample.input("p", p), Counterexample.random("random", seed));

        assertThat(dropout.forward(Counterexample.input("x", x), Mode.EVAL)).isCloseTo(x, Tolerance.absolute(0.0));
        assertThat(dropout.backward(x)).as("backward after an evaluation pass").isCloseTo(x, Tolerance.absolute(0.0));
        dropout.forward(x, Mode.TRAIN);
        assertThat(dropout.lastMask()).as("the mask of the first training pass after an evaluation pass")
                .isCloseTo(DropoutOracle.mask(new SplittableRandom(seed), p, x.rows(), x.columns()), EXACT);
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "dropout",
            hint = "backward must multiply the upstream gradient by the SAME mask the forward pass used (scaled by 1/(1 - p)), not draw a new one.")
    void backwardUsesTheForwardMask(@ForAll("inputs") INDArray x, @ForAll("anyProbabilities") double p,
            @ForAll("seeds") long seed) {
        Dropout dropout = new Dropout(Counterexample.input("p", p), Counterexample.random("random", seed));
        dropout.forward(Counterexample.input("x", x), Mode.TRAIN);
        INDArray mask = dropout.lastMask();
        INDArray upstream = RandomTensors.gaussian(new SplittableRandom(~seed), x.shape());

        assertThat(dropout.backward(Counterexample.input("upstream", upstream))).isCloseTo(upstream.mul(mask), EXACT);
        assertThat(dropout.lastMask()).as("the mask after backward").isCloseTo(mask, Tolerance.absolute(0.0));
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "dropout",
            hint = "Follow the seeded recipe: for each element in row-major order draw u = random.nextDouble() and drop it when u < p; every training pass draws a new mask from the same generator.")
    void masksFollowTheSeededRecipe(@ForAll("inputs") INDArray x, @ForAll("anyProbabilities") double p,
            @ForAll("seeds") long seed) {
        Dropout dropout = new Dropout(Counterexample.input("p", p), Counterexample.random("random", seed));
        SplittableRandom oracle = new SplittableRandom(seed);
        Counterexample.input("x", x);
        for (int pass = 0; pass < 3; pass++) {
            dropout.forward(x, Mode.TRAIN);

            assertThat(dropout.lastMask()).as("mask of training pass %d", pass + 1)
                    .isCloseTo(DropoutOracle.mask(oracle, p, x.rows(), x.columns()), EXACT);
        }
    }
}
