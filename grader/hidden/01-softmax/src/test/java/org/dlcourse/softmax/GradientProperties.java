package org.dlcourse.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.gradcheck.GradientCheck;
import org.dlcourse.kit.gradcheck.NumericGradient;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Laws of the gradient of the mean cross-entropy with respect to the logits: ∂L/∂Z = (P − Y)/N. */
class GradientProperties {

    /**
     * CS231n's bound for analytic vs numeric gradients in double precision: relative error ≤ 1e-7 means they agree.
     * Logits stay in [−3, 3] with C ≤ 6 so every entry of (P − Y)/N with one-hot Y is ≥ ~1e-4 in magnitude, far
     * above the fourth-order stencil's error (~1e-12 at h = 1e-3), which keeps the element-wise relative error
     * meaningful. (Near a zero entry, e.g. soft targets equal to P, the measure divides by its 1e-8 floor and says
     * nothing; such samples are discarded, see {@link #MEANINGFUL_ENTRY}.)
     */
    private static final double GRADIENT_CHECK = 1e-7;

    /**
     * Step of the five-point stencil: truncation O(h⁴) ≈ 1e-12 and roundoff ε·|L|/h ≈ 1e-12 balance here.
     * Measured on the reference solution over 3,000 batches of this shape: worst relative error 1.3e-8 with this
     * stencil, but 6.9e-7 with the second-order one at h = 1e-5 — which would fail correct code at 1e-7.
     */
    private static final double STEP = 1e-3;

    /** Smallest |P − Y| entry for which the element-wise relative error of a gradient check is meaningful. */
    private static final double MEANINGFUL_ENTRY = 1e-4;

    /** (P − Y)/N against the oracle's: a few ulps of values ≤ 1. */
    private static final Tolerance ORACLE = Tolerance.of(1e-14, 1e-12);

    Gen<Batches.Labelled> checkable() {
        return Batches.labelled(Batches.logits(3, 6, 6));
    }

    Gen<Batches.Soft> checkableSoft() {
        return Batches.soft(Batches.logits(3, 6, 6));
    }

    Gen<Batches.Labelled> labelled() {
        return Batches.labelled(Batches.logits(1000));
    }

    @Property(tries = 100)
    @Graded(points = 3, task = "gradient",
            hint = "The gradient of the MEAN loss is (softmax(Z) - onehot(y)) / N: probabilities minus targets, divided by the batch size.")
    void agreesWithTheDefinition(@ForAll("labelled") Batches.Labelled batch) {
        INDArray expected = SoftmaxOracle.toNd(SoftmaxOracle.gradient(batch.logits().toDoubleMatrix(), batch.oneHot()));

        assertThat(CrossEntropy.gradient(batch.logits(), batch.labels())).hasShape(batch.logits().shape())
                .isAllFiniteFor("CrossEntropy.gradient", batch.logits(), "logit").isCloseTo(expected, ORACLE);
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "gradient",
            hint = "Your gradient disagrees with central differences of your own loss: check the sign (P - Y, not Y - P) and the 1/N factor.")
    void matchesCentralDifferencesOfTheLoss(@ForAll("checkable") Batches.Labelled batch) {
        INDArray numeric = NumericGradient.fourthOrder(z -> CrossEntropy.loss(z, batch.labels()), batch.logits(), STEP);

        INDArray analytic = CrossEntropy.gradient(batch.logits(), batch.labels());

        assertThat(GradientCheck.relativeError(analytic, numeric)).as("relative error (CS231n)")
                .isLessThanOrEqualTo(GRADIENT_CHECK);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "gradient",
            hint = "With soft targets the gradient is (softmax(Z) - Y) / N; it must match central differences of your soft-target loss.")
    void softTargetGradientMatchesCentralDifferences(@ForAll("checkableSoft") Batches.Soft batch) {
        double[][] difference = SoftmaxOracle.gradient(batch.logits().toDoubleMatrix(), batch.targets().toDoubleMatrix());
        assumeTrue(Arrays.stream(difference).flatMapToDouble(Arrays::stream)
                .allMatch(entry -> Math.abs(entry) * difference.length >= MEANINGFUL_ENTRY));
        INDArray numeric = NumericGradient.fourthOrder(z -> CrossEntropy.loss(z, batch.targets()), batch.logits(), STEP);

        INDArray analytic = CrossEntropy.gradient(batch.logits(), batch.targets());

        assertThat(GradientCheck.relativeError(analytic, numeric)).as("relative error (CS231n)")
                .isLessThanOrEqualTo(GRADIENT_CHECK);
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "gradient",
            hint = "Each row of P - Y sums to 0 (both are probability vectors): subtract exactly 1 at the label's column of each row.")
    void rowsSumToZero(@ForAll("labelled") Batches.Labelled batch) {
        INDArray gradient = CrossEntropy.gradient(batch.logits(), batch.labels());

        assertThat(gradient).isAllFiniteFor("CrossEntropy.gradient", batch.logits(), "logit");
        assertThat(gradient.sum(1)).as("row sums of the gradient")
                .isCloseTo(Nd4j.zeros(batch.logits().rows()), Tolerance.absolute(1e-15 * batch.logits().columns()));
    }

    @Property(tries = 50)
    @Graded(points = 2, task = "gradient",
            hint = "Repeating the batch twice leaves the mean loss unchanged, so each row's gradient must halve: divide by the batch size N.")
    void repeatingTheBatchHalvesEachRowsGradient(@ForAll("labelled") Batches.Labelled batch) {
        INDArray twice = Nd4j.vstack(batch.logits(), batch.logits());
        int[] labelsTwice = new int[2 * batch.labels().length];
        System.arraycopy(batch.labels(), 0, labelsTwice, 0, batch.labels().length);
        System.arraycopy(batch.labels(), 0, labelsTwice, batch.labels().length, batch.labels().length);

        INDArray once = CrossEntropy.gradient(Counterexample.input("logits", batch.logits()),
                Counterexample.input("labels", batch.labels()));
        INDArray top = CrossEntropy.gradient(Counterexample.input("logitsTwice", twice),
                Counterexample.input("labelsTwice", labelsTwice)).get(
                NDArrayIndex.interval(0, batch.logits().rows()),
                NDArrayIndex.all());

        assertThat(once).isAllFiniteFor("CrossEntropy.gradient", batch.logits(), "logit");
        assertThat(top).isAllFiniteFor("CrossEntropy.gradient of the batch repeated", twice, "logit");
        assertThat(top.mul(2)).isCloseTo(once, ORACLE);
    }
}
