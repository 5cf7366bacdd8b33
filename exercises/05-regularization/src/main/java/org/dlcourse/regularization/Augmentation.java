package org.dlcourse.regularization;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Label-preserving image augmentation by horizontal flips and small shifts (Simard, Steinkraus, Platt, "Best
 * practices for convolutional neural networks applied to visual document analysis", ICDAR 2003; Krizhevsky,
 * Sutskever, Hinton, "ImageNet classification with deep convolutional neural networks", NeurIPS 2012, §4.1).
 *
 * <p>Images are the rows of an n×(H·W) DOUBLE matrix, pixel (r, c) of an image at column r·W + c. A left–right
 * mirror image of a shirt or a shoe is still a shirt or a shoe, and so is the same image moved by a pixel or two;
 * an upside-down shoe is not a Fashion-MNIST image, which is why only horizontal flips are used.
 *
 * <p>{@link #apply} transforms each image independently, in row order, drawing from the generator in this order:
 * u = {@code nextDouble()}, flipped when u &lt; the flip probability; then dy = {@code nextInt(-s, s + 1)} and
 * dx = {@code nextInt(-s, s + 1)} for the maximal shift s; the image is flipped first (if so), then shifted by
 * (dy, dx). The labels stay with their images.
 */
public final class Augmentation {

    private final int height;
    private final int width;
    private final int maxShift;
    private final double flipProbability;
    private final SplittableRandom random;

    /**
     * Random flips and shifts of H×W images.
     *
     * @param height          H ≥ 1
     * @param width           W ≥ 1
     * @param maxShift        s ≥ 0, shifts are uniform in {−s, …, s} along each axis
     * @param flipProbability the probability of a horizontal flip, in [0, 1]
     * @param random          the source of the random choices
     */
    public Augmentation(int height, int width, int maxShift, double flipProbability, SplittableRandom random) {
        requireSize(height, width);
        if (maxShift < 0) {
            throw new IllegalArgumentException("the maximal shift must be non-negative, got " + maxShift);
        }
        if (!(flipProbability >= 0.0 && flipProbability <= 1.0)) {
            throw new IllegalArgumentException("the flip probability must be in [0, 1], got " + flipProbability);
        }
        this.height = height;
        this.width = width;
        this.maxShift = maxShift;
        this.flipProbability = flipProbability;
        this.random = Checks.requireNonNull("random", random);
    }

    /**
     * Every image mirrored left–right: pixel (r, c) of the result is pixel (r, W − 1 − c) of the input.
     *
     * @param images an n×(H·W) matrix, not modified
     * @return a new n×(H·W) matrix
     */
    public static INDArray flipHorizontally(INDArray images, int height, int width) {
        double[][] pixels = pixels(images, height, width);
        throw new UnsupportedOperationException("TODO: for every image, result pixel (r, c) = input pixel (r, W − 1 − c).");
    }

    /**
     * Every image moved dy rows down and dx columns right (negative values move up and left): pixel (r, c) of the
     * result is pixel (r − dy, c − dx) of the input when that lies inside the image, and 0 (background) otherwise;
     * pixels moved out of the frame are lost, nothing wraps around.
     *
     * @param images an n×(H·W) matrix, not modified
     * @return a new n×(H·W) matrix
     */
    public static INDArray shift(INDArray images, int height, int width, int dy, int dx) {
        double[][] pixels = pixels(images, height, width);
        throw new UnsupportedOperationException("TODO: for every image, result pixel (r, c) = input pixel (r − dy, c − dx) if inside, else 0 (no wrap-around).");
    }

    /**
     * A randomly augmented copy of the batch (class comment): image i flipped and shifted, still labelled
     * {@code labels[i]}.
     *
     * @param images an n×(H·W) matrix, not modified
     * @param labels the n labels, not modified
     * @return new images and a copy of the labels
     */
    public AugmentedBatch apply(INDArray images, int[] labels) {
        double[][] pixels = pixels(images, height, width);
        Checks.requireNonNull("labels", labels);
        if (labels.length != pixels.length) {
            throw new IllegalArgumentException("expected one label per image: " + pixels.length + " images but "
                    + labels.length + " labels");
        }
        throw new UnsupportedOperationException("TODO: per image in row order draw u (flip if u < flipProbability), dy, dx in [−s, s]; flip then shift into a new matrix; return it with a copy of the labels.");
    }

    private static double[][] pixels(INDArray images, int height, int width) {
        Checks.requireMatrix("images", images);
        requireSize(height, width);
        if (images.columns() != (long) height * width) {
            throw new IllegalArgumentException("images of " + height + "×" + width + " need " + height * width
                    + " columns, got " + images.columns());
        }
        return images.toDoubleMatrix();
    }

    private static void requireSize(int height, int width) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("images need a positive height and width, got " + height + "×"
                    + width);
        }
    }
}
