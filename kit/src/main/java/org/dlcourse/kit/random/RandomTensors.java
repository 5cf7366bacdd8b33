package org.dlcourse.kit.random;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Random DOUBLE tensors and labels drawn in Java from a {@link SplittableRandom}, identical on every machine
 * and backend.
 *
 * <p>Elements are drawn in row-major order into a {@code double[]} and handed to ND4J as a DOUBLE tensor in
 * 'c' order, so the same generator state always gives the same tensor. Only SplittableRandom's
 * {@code nextDouble()} and {@code nextInt(bound)} are used, whose SplitMix64-based algorithms are unchanged
 * since Java 8 (pinned by this package's tests), and {@link StrictMath}, whose results are specified bit for
 * bit (fdlibm), never {@link Math}'s platform intrinsics.
 */
public final class RandomTensors {

    private RandomTensors() {
    }

    /**
     * A tensor of independent standard normal samples N(0, 1), by the Box–Muller transform
     * (Box and Muller, "A note on the generation of random normal deviates", 1958):
     * with u₁ ∈ (0, 1], u₂ ∈ [0, 1) uniform, r = √(−2 ln u₁), z₁ = r cos 2πu₂ and z₂ = r sin 2πu₂.
     *
     * <p>Not {@code SplittableRandom.nextGaussian()}: its algorithm is not specified and may change between
     * JDK releases.
     */
    public static INDArray gaussian(SplittableRandom random, long... shape) {
        Objects.requireNonNull(random, "random");
        double[] values = new double[elementCount(shape)];
        for (int i = 0; i < values.length; i += 2) {
            double radius = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - random.nextDouble()));
            double angle = 2.0 * StrictMath.PI * random.nextDouble();
            values[i] = radius * StrictMath.cos(angle);
            if (i + 1 < values.length) {
                values[i + 1] = radius * StrictMath.sin(angle);
            }
        }
        return tensor(values, shape);
    }

    /**
     * A tensor of independent samples uniform in [lo, hi): lo + (hi − lo)·u with u uniform in [0, 1), moved
     * down to the largest double below hi in the rare case that rounding lands on hi.
     */
    public static INDArray uniform(SplittableRandom random, double lo, double hi, long... shape) {
        Objects.requireNonNull(random, "random");
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi) || !Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException("need finite bounds lo < hi with a finite width, but got ["
                    + lo + ", " + hi + ")");
        }
        double[] values = new double[elementCount(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.min(lo + (hi - lo) * random.nextDouble(), Math.nextDown(hi));
        }
        return tensor(values, shape);
    }

    /** {@code n} class labels, each uniform in {0, …, classes − 1}. */
    public static int[] randomLabels(SplittableRandom random, int n, int classes) {
        Objects.requireNonNull(random, "random");
        if (n < 0 || classes < 1) {
            throw new IllegalArgumentException("need n ≥ 0 labels of classes ≥ 1, but got n = " + n
                    + ", classes = " + classes);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(classes);
        }
        return labels;
    }

    /**
     * The one-hot encoding of {@code labels}: a DOUBLE matrix Y of shape [labels.length, classes] with
     * Y[i, labels[i]] = 1 and every other element 0.
     */
    public static INDArray oneHot(int[] labels, int classes) {
        Objects.requireNonNull(labels, "labels");
        if (classes < 1) {
            throw new IllegalArgumentException("need classes ≥ 1, but got " + classes);
        }
        double[] values = new double[Math.multiplyExact(labels.length, classes)];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + i + " is " + labels[i] + ", outside [0, "
                        + classes + ")");
            }
            values[i * classes + labels[i]] = 1.0;
        }
        return tensor(values, new long[] {labels.length, classes});
    }

    private static int elementCount(long[] shape) {
        Objects.requireNonNull(shape, "shape");
        long count = 1;
        for (long dimension : shape) {
            if (dimension < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            count = Math.multiplyExact(count, dimension);
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has more elements ("
                    + count + ") than a Java array can hold");
        }
        return (int) count;
    }

    private static INDArray tensor(double[] values, long[] shape) {
        long[] ownShape = shape.clone();
        return Nd4j.create(values, ownShape, Nd4j.getStrides(ownShape, 'c'), 'c', DataType.DOUBLE);
    }
}
