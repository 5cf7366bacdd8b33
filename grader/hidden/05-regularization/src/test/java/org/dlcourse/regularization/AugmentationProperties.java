package org.dlcourse.regularization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Laws of the augmentation: the flip mirrors left–right and is an involution, shifts move pixels and fill with 0
 * without wrapping around, and a random augmentation keeps every image with its own label — each output image is a
 * flip and shift of the input image in the same row.
 */
class AugmentationProperties {

    /** Pixels are copied, never computed: exact. */
    private static final Tolerance EXACT = Tolerance.absolute(0.0);

    /** A batch of n images of H×W distinct pixel values. */
    record Images(int height, int width, INDArray pixels) {
    }

    /** Batches of 1–5 images of 1–7 × 1–7 pixels, every pixel value distinct (uniform in [0.5, 1.5)). */
    Gen<Images> images() {
        return random -> {
            int height = 1 + random.nextInt(7);
            int width = 1 + random.nextInt(7);
            return new Images(height, width, RandomTensors.uniform(random, 0.5, 1.5, 1 + random.nextInt(5),
                    (long) height * width));
        };
    }

    Gen<Integer> shifts() {
        return Gens.ints(-8, 8);
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    @Property(tries = 60)
    @Graded(points = 2, task = "augmentation",
            hint = "flipHorizontally mirrors every image left-right: result pixel (r, c) is input pixel (r, W-1-c); flipping rows (upside down) makes a different garment; flipping twice gives the image back.")
    void flipMirrorsEveryRowOfPixels(@ForAll("images") Images images) {
        INDArray flipped = Augmentation.flipHorizontally(images.pixels(), images.height(), images.width());

        assertThat(flipped).isCloseTo(shiftedAndFlipped(images, true, 0, 0), EXACT);
        assertThat(Augmentation.flipHorizontally(flipped, images.height(), images.width())).as("flipped twice")
                .isCloseTo(images.pixels(), EXACT);
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "augmentation",
            hint = "shift(images, H, W, dy, dx): result pixel (r, c) is input pixel (r - dy, c - dx) if that lies inside the image, else 0; pixels shifted out are lost, nothing wraps around to the other side.")
    void shiftMovesPixelsAndFillsWithZero(@ForAll("images") Images images, @ForAll("shifts") int dy,
            @ForAll("shifts") int dx) {
        INDArray before = images.pixels().dup();

        INDArray shifted = Augmentation.shift(images.pixels(), images.height(), images.width(), dy, dx);

        assertThat(shifted).isCloseTo(shiftedAndFlipped(images, false, dy, dx), EXACT);
        assertThat(images.pixels()).as("the input").isCloseTo(before, EXACT);
    }

    @Property(tries = 60)
    @Graded(points = 3, task = "augmentation",
            hint = "apply must keep every image with its label: output image i is a horizontal flip and/or a shift of at most maxShift pixels of input image i, labels[i] unchanged, in the same order; the input is not modified.")
    void augmentationKeepsEveryImageWithItsLabel(@ForAll("images") Images images, @ForAll("seeds") long seed) {
        int n = images.pixels().rows();
        int[] labels = RandomTensors.randomLabels(new SplittableRandom(~seed), n, 10);
        int[] labelsBefore = labels.clone();
        INDArray before = images.pixels().dup();
        int maxShift = 2;

        AugmentedBatch batch = new Augmentation(Counterexample.input("height", images.height()),
                Counterexample.input("width", images.width()), Counterexample.input("maxShift", maxShift),
                Counterexample.input("flipProbability", 0.5), Counterexample.random("random", seed))
                .apply(Counterexample.input("pixels", images.pixels()), Counterexample.input("labels", labels));

        assertThat(batch.labels()).as("labels").isEqualTo(labelsBefore);
        assertThat(labels).as("the labels passed in").isEqualTo(labelsBefore);
        assertThat(images.pixels()).as("the images passed in").isCloseTo(before, EXACT);
        for (int i = 0; i < n; i++) {
            INDArray output = batch.images().getRow(i, true);
            Images one = new Images(images.height(), images.width(), images.pixels().getRow(i, true).dup());
            boolean found = false;
            for (int flip = 0; flip < 2 && !found; flip++) {
                for (int dy = -maxShift; dy <= maxShift && !found; dy++) {
                    for (int dx = -maxShift; dx <= maxShift && !found; dx++) {
                        found = Arrays.equals(output.dup().data().asDouble(),
                                shiftedAndFlipped(one, flip == 1, dy, dx).data().asDouble());
                    }
                }
            }
            assertThat(found).as("output image %d is a flip/shift of input image %d: %s", i, i, output).isTrue();
        }
    }

    @Property(tries = 40)
    @Graded(points = 1, task = "augmentation",
            hint = "Follow the seeded recipe of apply: per image in row order draw u = nextDouble() (flip if u < flipProbability), then dy = nextInt(-s, s + 1), then dx = nextInt(-s, s + 1); flip first, then shift.")
    void augmentationFollowsTheSeededRecipe(@ForAll("images") Images images, @ForAll("seeds") long seed) {
        int n = images.pixels().rows();
        SplittableRandom oracle = new SplittableRandom(seed);
        INDArray expected = images.pixels().dup();
        for (int i = 0; i < n; i++) {
            boolean flip = oracle.nextDouble() < 0.3;
            int dy = oracle.nextInt(-3, 4);
            int dx = oracle.nextInt(-3, 4);
            Images one = new Images(images.height(), images.width(), images.pixels().getRow(i, true).dup());
            expected.putRow(i, shiftedAndFlipped(one, flip, dy, dx));
        }

        AugmentedBatch batch = new Augmentation(Counterexample.input("height", images.height()),
                Counterexample.input("width", images.width()), Counterexample.input("maxShift", 3),
                Counterexample.input("flipProbability", 0.3), Counterexample.random("random", seed))
                .apply(Counterexample.input("pixels", images.pixels()), Counterexample.input("labels", new int[n]));

        assertThat(batch.images()).isCloseTo(expected, EXACT);
    }

    /** The oracle: each image flipped left–right (if asked), then moved by (dy, dx) with zero fill. */
    private static INDArray shiftedAndFlipped(Images images, boolean flip, int dy, int dx) {
        double[][] pixels = images.pixels().toDoubleMatrix();
        int h = images.height();
        int w = images.width();
        double[][] result = new double[pixels.length][h * w];
        for (int i = 0; i < pixels.length; i++) {
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    int sourceRow = r - dy;
                    int sourceColumn = c - dx;
                    if (sourceRow >= 0 && sourceRow < h && sourceColumn >= 0 && sourceColumn < w) {
                        int column = flip ? w - 1 - sourceColumn : sourceColumn;
                        result[i][r * w + c] = pixels[i][sourceRow * w + column];
                    }
                }
            }
        }
        return Nd4j.create(result);
    }
}
