package org.dlcourse.invariantntk;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A regression training set.
 *
 * @param images  DOUBLE [N, s, s]
 * @param targets DOUBLE [N], one target per image
 */
public record TrainingSet(INDArray images, INDArray targets) {

    public TrainingSet {
        Inputs.requireImages(images, "images");
        Inputs.requireTargets(targets, images);
    }
}
