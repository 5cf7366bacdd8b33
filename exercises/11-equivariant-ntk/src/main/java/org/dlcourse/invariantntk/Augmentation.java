package org.dlcourse.invariantntk;

import java.util.SplittableRandom;

/**
 * Data augmentation by the group: every training image replaced by (part of) its orbit, each copy keeping the image's
 * target (lecture 11, §3).
 */
public final class Augmentation {

    private Augmentation() {
    }

    /**
     * The full-orbit augmentation: all |G| images g·x_n with target y_n, element-major (row e·N + n is gₑ·x_n, as
     * {@link InvariantKernel#orbits}). An image fixed by some elements appears several times: every element counts,
     * so that each image keeps the weight |G| in the squared loss.
     *
     * @return a training set of |G|·N images
     */
    public static TrainingSet fullOrbits(Group group, TrainingSet data) {
        throw new UnsupportedOperationException("TODO: the orbits of the images (every element, duplicates kept) and the targets repeated |G| times in the same element-major order");
    }

    /**
     * A partial augmentation: for every image, the image itself and {@code elementsPerImage − 1} other distinct group
     * elements applied to it, drawn uniformly without replacement from the non-identity elements by a partial
     * Fisher–Yates shuffle of {@link Group#elements()}[1..] with {@code new SplittableRandom(seed)}, one shuffle per
     * image in image order. Image-major: rows n·k … n·k + k − 1 belong to image n, the first of them x_n itself. The
     * result depends on the arguments only (the same seed gives the same set in every call).
     *
     * @param elementsPerImage k in 1..|G|; k = |G| is the full orbit (in another order)
     * @return a training set of k·N images
     */
    public static TrainingSet partialOrbits(Group group, TrainingSet data, int elementsPerImage, long seed) {
        if (elementsPerImage < 1 || elementsPerImage > group.order()) {
            throw new IllegalArgumentException("elementsPerImage must be in 1.." + group.order() + ", got "
                    + elementsPerImage);
        }
        throw new UnsupportedOperationException("TODO: one SplittableRandom(seed) for the call; for every image n: the identity, then the first k − 1 elements of a partial Fisher–Yates shuffle of elements 1..|G|−1, each applied to x_n with target y_n");
    }
}
