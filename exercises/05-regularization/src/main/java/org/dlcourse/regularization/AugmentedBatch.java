package org.dlcourse.regularization;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A batch of augmented images with their labels, row i of {@code images} labelled {@code labels[i]}.
 *
 * @param images an n×(height·width) matrix, one image per row
 * @param labels the n class labels
 */
public record AugmentedBatch(INDArray images, int[] labels) {

    /** Requires one label per image. */
    public AugmentedBatch {
        Checks.requireMatrix("images", images);
        Checks.requireNonNull("labels", labels);
        if (labels.length != images.rows()) {
            throw new IllegalArgumentException("expected one label per image: " + images.rows() + " images but "
                    + labels.length + " labels");
        }
    }
}
