package org.dlcourse.invariantntk;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

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
        // BEGIN SOLUTION: the orbits of the images (every element, duplicates kept) and the targets repeated |G| times in the same element-major order
        INDArray images = InvariantKernel.orbits(group, data.images());
        INDArray[] copies = new INDArray[group.order()];
        for (int e = 0; e < copies.length; e++) {
            copies[e] = data.targets();
        }
        return new TrainingSet(images, Nd4j.concat(0, copies));
        // END SOLUTION
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
        // BEGIN SOLUTION: one SplittableRandom(seed) for the call; for every image n: the identity, then the first k − 1 elements of a partial Fisher–Yates shuffle of elements 1..|G|−1, each applied to x_n with target y_n
        SplittableRandom random = new SplittableRandom(seed);
        List<Symmetry> elements = group.elements();
        int n = (int) data.images().size(0);
        INDArray[] images = new INDArray[n * elementsPerImage];
        double[] targets = new double[n * elementsPerImage];
        double[] original = Inputs.values(data.targets());
        for (int image = 0; image < n; image++) {
            INDArray x = data.images().get(NDArrayIndex.interval(image, image + 1));
            int[] order = new int[elements.size() - 1];
            for (int e = 0; e < order.length; e++) {
                order[e] = e + 1;
            }
            for (int drawn = 0; drawn < elementsPerImage; drawn++) {
                Symmetry g = elements.get(0);
                if (drawn > 0) {
                    int pick = random.nextInt(drawn - 1, order.length);
                    int chosen = order[pick];
                    order[pick] = order[drawn - 1];
                    order[drawn - 1] = chosen;
                    g = elements.get(chosen);
                }
                images[image * elementsPerImage + drawn] = g.act(x);
                targets[image * elementsPerImage + drawn] = original[image];
            }
        }
        return new TrainingSet(Nd4j.concat(0, images), Inputs.array(targets, targets.length));
        // END SOLUTION
    }
}
