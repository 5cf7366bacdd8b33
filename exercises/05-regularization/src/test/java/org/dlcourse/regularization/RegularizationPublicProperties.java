package org.dlcourse.regularization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.DoubleRange;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.IntRange;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Public properties for exercise 05: laws of K-fold splits, of L2-regularized SGD and of flips, checked on generated
 * sizes and numbers. The runner tries edge cases first (the smallest and largest sizes, 0 and the bounds), then
 * random ones from a seed; a failure is shrunk to the smallest input that still fails and reported with it and the
 * seed ({@code -Ddlcourse.seed=...} replays it). The hidden tests check more: dropout, batch norm against PyTorch,
 * early stopping, the ensemble and shifts.
 */
class RegularizationPublicProperties {

    /** Both steps compute w − η·g − η·λ·w with numbers ≤ 3 in a different order: rounding ≲ 1e-15; 1e-12 is wide. */
    private static final double STEP = 1e-12;

    /** An order of n samples that is not 0, 1, …: the folds must follow it, not the sample numbers. */
    private static int[] order(int n) {
        return IntStream.range(0, n).map(i -> n - 1 - i).toArray();
    }

    /** K in [2, n] from a generated number, so that every generated pair is valid and both still shrink. */
    private static int folds(int n, int k) {
        return 2 + (k - 2) % (n - 1);
    }

    @Property(tries = 200)
    @Graded(points = 1, task = "k-fold",
            hint = "The validation sets are K consecutive chunks of the order: together, in order, they are the order; the first n mod K hold one more sample than the others.")
    void kFoldValidationSetsAreConsecutiveChunksOfNearlyEqualSize(@ForAll @IntRange(min = 2, max = 40) int n,
            @ForAll @IntRange(min = 2, max = 40) int k) {
        int[] order = order(n);
        int foldCount = folds(n, k);

        List<Fold> folds = KFold.split(order, foldCount);

        assertThat(folds).as("%d folds of %d samples", foldCount, n).hasSize(foldCount);
        assertThat(folds.stream().flatMapToInt(fold -> IntStream.of(fold.validation())).toArray())
                .as("the validation sets, concatenated").containsExactly(order);
        for (int f = 0; f < foldCount; f++) {
            int expected = n / foldCount + (f < n % foldCount ? 1 : 0);
            assertThat(folds.get(f).validation()).as("validation set of fold %d", f).hasSize(expected);
        }
    }

    @Property(tries = 200)
    @Graded(points = 1, task = "k-fold",
            hint = "A fold trains on every sample not in its validation set, in the order's order.")
    void kFoldTrainsOnEverySampleItDoesNotValidateOn(@ForAll @IntRange(min = 2, max = 40) int n,
            @ForAll @IntRange(min = 2, max = 40) int k) {
        int[] order = order(n);

        for (Fold fold : KFold.split(order, folds(n, k))) {
            List<Integer> validation = IntStream.of(fold.validation()).boxed().toList();
            assertThat(fold.train()).as("the training set beside validation %s", validation)
                    .containsExactly(IntStream.of(order).filter(i -> !validation.contains(i)).toArray());
        }
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "weight-decay",
            hint = "An SGD step on L + (λ/2)·‖w‖² is w − η·(g + λ·w) = (1 − η·λ)·w − η·g: both steps must give the same weights, in place, leaving g unchanged.")
    void anL2PenalizedStepIsADecoupledWeightDecayStep(@ForAll @IntRange(min = 1, max = 5) int rows,
            @ForAll @DoubleRange(min = 0, max = 1) double lr, @ForAll @DoubleRange(min = 0, max = 1) double lambda) {
        INDArray start = Counterexample.input("weights", Nd4j.linspace(-3, 3, rows * 4L, DataType.DOUBLE)
                .reshape(rows, 4));
        INDArray gradient = Counterexample.input("gradient", Transforms.cos(start.mul(2.3), false));
        Counterexample.input("lr", lr);
        Counterexample.input("lambda", lambda);
        INDArray penalized = start.dup();
        INDArray decoupled = start.dup();

        WeightDecay.sgdStepWithL2Penalty(penalized, gradient, lr, lambda);
        WeightDecay.decoupledStep(decoupled, gradient, lr, lambda);

        INDArray expected = start.mul(1 - lr * lambda).subi(gradient.mul(lr));
        assertThat(penalized).as("w after the L2-penalized step").isCloseTo(expected, Tolerance.absolute(STEP));
        assertThat(decoupled).as("w after the decoupled step").isCloseTo(expected, Tolerance.absolute(STEP));
        assertThat(gradient).as("g after both steps")
                .isCloseTo(Transforms.cos(start.mul(2.3), false), Tolerance.absolute(0.0));
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "augmentation",
            hint = "A horizontal flip mirrors each row of each image: pixel (r, c) comes from (r, W − 1 − c), and flipping twice gives the images back.")
    void flippingMirrorsEveryRowAndTwiceIsTheIdentity(@ForAll @IntRange(min = 1, max = 5) int height,
            @ForAll @IntRange(min = 1, max = 5) int width) {
        INDArray images = Transforms.sin(Nd4j.linspace(1, 2L * height * width, 2L * height * width, DataType.DOUBLE)
                .reshape(2, (long) height * width).muli(0.7), false);

        INDArray flipped = Augmentation.flipHorizontally(images, height, width);

        assertThat(flipped).hasShape(images.shape());
        for (int i = 0; i < 2; i++) {
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    assertThat(flipped.getDouble(i, (long) r * width + c)).as("image %d, pixel (%d, %d)", i, r, c)
                            .isEqualTo(images.getDouble(i, (long) r * width + (width - 1 - c)));
                }
            }
        }
        assertThat(Augmentation.flipHorizontally(flipped, height, width)).as("flipped twice")
                .isCloseTo(images, Tolerance.absolute(0.0));
    }
}
