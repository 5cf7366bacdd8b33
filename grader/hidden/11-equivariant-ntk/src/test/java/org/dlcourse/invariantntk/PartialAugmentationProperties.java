package org.dlcourse.invariantntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.List;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Partial orbits: their layout, their reproducibility, and the invariance error of the predictor they give. */
class PartialAugmentationProperties {

    private static final Tolerance EXACT = Tolerance.absolute(0);

    /** A generic batch (no pixel ties, so all |G| transforms of an image differ), k and a seed. */
    record Draw(INDArray images, int elementsPerImage, long seed) {
    }

    Gen<Draw> draws() {
        return random -> {
            int side = random.nextInt(2, 5);
            return new Draw(Samples.uniform(random, random.nextInt(1, 4), side, side), random.nextInt(1, 9),
                    random.nextLong());
        };
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "partial-augmentation",
            hint = "partialOrbits is image-major: for image n, rows n·k … n·k + k − 1 hold x_n itself first, then k − 1 DISTINCT other elements applied to x_n (drawn without replacement from elements 1..|G|−1), each with target y_n.")
    void partialOrbitsHoldTheImageAndDistinctTransforms(@ForAll("draws") Draw draw) {
        INDArray targets = Samples.ramp(draw.images().size(0));
        TrainingSet partial = Augmentation.partialOrbits(Group.D4,
                Counterexample.input("data", new TrainingSet(draw.images(), targets)), draw.elementsPerImage(),
                draw.seed());

        int k = draw.elementsPerImage();
        int n = (int) draw.images().size(0);
        assertThat(partial.images()).hasShape((long) n * k, draw.images().size(1), draw.images().size(2));
        Orbits orbits = new Orbits(draw.images());
        double[] rows = partial.images().dup('c').data().asDouble();
        for (int image = 0; image < n; image++) {
            boolean[] used = new boolean[8];
            for (int copy = 0; copy < k; copy++) {
                int element = orbits.elementOf(rows, image * k + copy, image);
                assertThat(element).as("row %d is g·x_%d for some g of D4", image * k + copy, image).isNotNegative();
                assertThat(copy == 0 ? element == 0 : element != 0).as("row %d: x_%d itself first, then other elements",
                        image * k + copy, image).isTrue();
                assertThat(used[element]).as("element %s drawn twice for image %d", Oracle.elements(Group.D4)
                        .get(element), image).isFalse();
                used[element] = true;
                assertThat(partial.targets().getDouble(image * k + copy)).isEqualTo(targets.getDouble(image));
            }
        }
    }

    @Property(tries = 10)
    @Graded(points = 2, task = "partial-augmentation",
            hint = "partialOrbits must depend on its arguments only: create the random generator from the seed inside the call (new SplittableRandom(seed)), never keep one across calls, so that the same seed gives the same set every time.")
    void sameSeedSameSet(@ForAll("draws") Draw draw, @ForAll("seeds") long otherSeed) {
        TrainingSet data = new TrainingSet(draw.images(), Nd4j.zeros(DataType.DOUBLE, draw.images().size(0)));
        TrainingSet first = Augmentation.partialOrbits(Group.D4, Counterexample.input("data", data), 4, draw.seed());
        Augmentation.partialOrbits(Group.D4, data, 4, otherSeed);
        TrainingSet again = Augmentation.partialOrbits(Group.D4, data, 4, draw.seed());

        assertThat(again.images()).isCloseTo(first.images(), EXACT);
    }

    @Test
    @Graded(points = 2, task = "partial-augmentation",
            hint = "The k − 1 extra elements are drawn uniformly without replacement from the |G| − 1 non-identity elements (a partial Fisher–Yates shuffle): over many images each one must be chosen about equally often.")
    void extraElementsAreUniform() {
        int images = 700;
        INDArray x = Samples.uniform(new java.util.SplittableRandom(11), images, 2, 2);
        TrainingSet partial = Augmentation.partialOrbits(Group.D4, new TrainingSet(x, Nd4j.zeros(DataType.DOUBLE,
                images)), 2, 20261208L);
        Orbits orbits = new Orbits(x);
        double[] rows = partial.images().dup('c').data().asDouble();
        int[] counts = new int[8];
        for (int image = 0; image < images; image++) {
            counts[orbits.elementOf(rows, 2 * image + 1, image)]++;
        }
        // Each of the 7 non-identity elements: Binomial(700, 1/7), mean 100, sd 9.3; [55, 145] is ±4.8 sd.
        for (int element = 1; element < 8; element++) {
            assertThat(counts[element]).as("draws of %s", Oracle.elements(Group.D4).get(element)).isBetween(55, 145);
        }
        assertThat(counts[0]).as("the identity as the extra element").isZero();
    }

    @Property(tries = 15)
    @Graded(points = 3, task = "partial-augmentation",
            hint = "InvarianceError.of is max over g and i of |f(g·x_i) − f(x_i)| divided by max_i |f(x_i)|: every element of the group, the largest deviation (not the mean), relative to the largest prediction; a predictor that is 0 everywhere has error 0, not NaN.")
    void invarianceErrorOfSimplePredictors(@ForAll("draws") Draw draw) {
        INDArray images = Counterexample.input("testImages", draw.images());
        int side = (int) images.size(1);
        double error = InvarianceError.of(batch -> batch.get(NDArrayIndex.all(), NDArrayIndex.point(0),
                NDArrayIndex.point(0)).dup(), Group.D4, images);

        double largest = 0.0;
        for (Symmetry g : Oracle.elements(Group.D4)) {
            INDArray moved = Oracle.act(g, images);
            for (int i = 0; i < images.size(0); i++) {
                largest = Math.max(largest, Math.abs(moved.getDouble(i, 0, 0) - images.getDouble(i, 0, 0)));
            }
        }
        double scale = Math.abs(images.get(NDArrayIndex.all(), NDArrayIndex.point(0), NDArrayIndex.point(0))
                .amaxNumber().doubleValue());
        assertThat(error).as("error of the top-left pixel on %d × %d images", side, side)
                .isCloseTo(largest / scale, org.assertj.core.data.Offset.offset(1e-12 * largest / scale));
        assertThat(InvarianceError.of(batch -> Nd4j.zeros(DataType.DOUBLE, batch.size(0)), Group.D4, images))
                .as("error of the zero predictor").isZero();
        assertThat(InvarianceError.of(batch -> batch.sum(1, 2), Group.D4, images))
                .as("error of the pixel sum, an invariant predictor").isLessThan(1e-14);
    }

    @Test
    @Graded(points = 3, task = "partial-augmentation",
            hint = "With the full orbit the augmented predictor is invariant (error ≈ 1e-15), with partial orbits it is not: partialOrbits with k = |G| must be the full orbit, and with k < |G| only part of it. Measure InvarianceError.of(predictor, group, testImages) on the base-kernel regression trained on partialOrbits.")
    void partialAugmentationIsNotInvariant() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
        TrainingSet data = new TrainingSet(Samples.uniform(random, 6, 4, 4), Samples.uniform(random, 6));
        INDArray test = Samples.uniform(random, 5, 4, 4);
        Kernel base = Samples.NETWORK.ntk();
        double[] errors = new double[9];
        for (int k : List.of(1, 4, 8)) {
            TrainingSet partial = Augmentation.partialOrbits(Group.D4, data, k, 7L);
            errors[k] = InvarianceError.of(batch -> KernelRegression.predict(base, partial.images(),
                    partial.targets(), batch, 1e-2), Group.D4, test);
        }
        // The full orbit leaves rounding only (lecture 11 measures ~1e-14 on 6 × 6 images); partial orbits leave an
        // error of order 1 there (0.26 to 2.2 for k = 1 … 7, five seeds): 1e-10 and 1e-3 separate the two widely.
        assertThat(errors[8]).as("invariance error with the full orbit (k = 8)").isLessThan(1e-10);
        assertThat(errors[4]).as("invariance error with half of the orbit (k = 4)").isGreaterThan(1e-3);
        assertThat(errors[1]).as("invariance error without augmentation (k = 1)").isGreaterThan(1e-3);
    }

    /** The D4 transforms of a batch, computed once by the oracle, to identify which element made a row. */
    private static final class Orbits {

        private final double[][] transformed = new double[8][];
        private final int pixels;

        Orbits(INDArray images) {
            pixels = (int) (images.size(1) * images.size(2));
            for (int e = 0; e < 8; e++) {
                transformed[e] = Oracle.act(Oracle.elements(Group.D4).get(e), images).dup('c').data().asDouble();
            }
        }

        /** The index in {@link Oracle#elements}(D4) of the element g with g·x_image equal to row {@code row}, or −1. */
        int elementOf(double[] rows, int row, int image) {
            for (int e = 0; e < 8; e++) {
                if (java.util.Arrays.equals(rows, row * pixels, (row + 1) * pixels, transformed[e], image * pixels,
                        (image + 1) * pixels)) {
                    return e;
                }
            }
            return -1;
        }
    }
}
