package org.dlcourse.finitewidth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.DoubleRange;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.LongRange;
import org.dlcourse.kit.property.Property;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The features' convention, entry by entry, against the formula of lecture 10 on given and generated weights. */
class ReluFeaturesProperties {

    /** One dot product of ≤ 8 terms of size ≤ 10 and three multiplications: ~1e-14 absolute; 1e-12 is wide. */
    static final double ENTRY = 1e-12;

    static final String CONVENTION = "Φ_ik = (σ_w/√p)·relu(σ_w·(w_k·x_i)/√d + σ_b·b_k): σ_w/√p outside the relu"
            + " (not √(2/p), not 1/p), σ_w/√d inside on the dot product (not 1/d), and the bias scaled by σ_b inside"
            + " the relu.";

    Gen<INDArray> inputs() {
        return Gens.matrices().rows(1, 4).cols(1, 5).values(Gens.doubles(-3, 3));
    }

    @Test
    @Graded(points = 3, task = "relu-features", hint = CONVENTION)
    void featuresOfAHandExampleFollowTheConvention() {
        double[][] weights = {{1, 2}, {-1, 0.5}, {0, -3}};
        double[] biases = {0.5, -1, 2};
        double[][] x = {{1, 1}, {-2, 0.5}};
        RandomReluFeatures features = RandomReluFeatures.of(weights, biases, 1.5, 0.7);

        double[][] phi = features.features(x);

        assertEntries(phi, Oracle.features(weights, biases, 1.5, 0.7, x));
    }

    @Property(tries = 60)
    @Graded(points = 4, task = "relu-features", hint = CONVENTION)
    void featuresFollowTheConventionOnGeneratedWeights(@ForAll("inputs") INDArray inputs,
            @ForAll @LongRange(min = 0, max = 1000) long weightSeed, @ForAll @DoubleRange(min = 0, max = 2) double sigmaW,
            @ForAll @DoubleRange(min = 0, max = 2) double sigmaB) {
        double[][] x = inputs.toDoubleMatrix();
        int p = 1 + (int) (weightSeed % 7);
        double[][] weights = Counterexample.input("weights", Oracle.gaussian(weightSeed, p, x[0].length));
        double[] biases = Counterexample.input("biases", Oracle.gaussianVector(weightSeed + 1, p));
        Counterexample.input("x", x);

        double[][] phi = RandomReluFeatures.of(weights, biases, sigmaW, sigmaB).features(x);

        assertEntries(phi, Oracle.features(weights, biases, sigmaW, sigmaB, x));
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "relu-features",
            hint = "With σ_b = 0 the features are positively homogeneous, φ(α·x) = α·φ(x) for α > 0: the bias must enter only as σ_b·b_k, and nothing else may be added inside or outside the relu.")
    void withoutBiasTheFeaturesArePositivelyHomogeneous(@ForAll("inputs") INDArray inputs,
            @ForAll @DoubleRange(min = 0.1, max = 10) double alpha, @ForAll @LongRange(min = 0, max = 1000) long seed) {
        double[][] x = Counterexample.input("x", inputs.toDoubleMatrix());
        double[][] scaledX = Counterexample.input("scaledX", Oracle.scaled(x, alpha));
        RandomReluFeatures features = RandomReluFeatures.sample(x[0].length, 5, 1.3, 0.0, seed);

        double[][] phi = features.features(x);
        double[][] phiScaled = features.features(scaledX);

        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < 5; k++) {
                assertThat(phiScaled[i][k]).as("φ_%d(α·x_%d) against α·φ_%d(x_%d)", k, i, k, i)
                        .isCloseTo(alpha * phi[i][k], within(ENTRY * (1 + alpha * Math.abs(phi[i][k]))));
            }
        }
    }

    @Test
    @Graded(points = 2, task = "relu-features",
            hint = "Computing the features must not change the features: the weights are fixed once drawn, so two calls on the same inputs give the same matrix (no state kept across calls, no redraw).")
    void featuresDoNotChangeAcrossCalls() {
        RandomReluFeatures features = RandomReluFeatures.sample(3, 16, 1.0, 0.5, 42);
        double[][] x = Oracle.gaussian(7, 4, 3);

        double[][] first = features.features(x);
        double[][] second = features.features(x);

        assertThat(second).as("the second call's features").isDeepEqualTo(first);
        assertThat(x).as("the inputs after the calls").isDeepEqualTo(Oracle.gaussian(7, 4, 3));
    }

    static void assertEntries(double[][] actual, double[][] expected) {
        assertThat(actual).as("Φ").isNotNull().hasDimensions(expected.length, expected[0].length);
        for (int i = 0; i < expected.length; i++) {
            for (int k = 0; k < expected[0].length; k++) {
                assertThat(actual[i][k]).as("Φ[%d][%d]", i, k)
                        .isCloseTo(expected[i][k], within(ENTRY * (1 + Math.abs(expected[i][k]))));
            }
        }
    }
}
