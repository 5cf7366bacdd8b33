package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A classifier whose output does not change when the image is turned by a quarter turn:
 * <pre>
 *   features(f) = globalAverage(orientationMax(relu(G(relu(L(f)))))),   logits(f) = A·features(f) + a.
 * </pre>
 * L and G are equivariant, the pointwise ReLU commutes with the action (it permutes pixels and orientations), the
 * orientation maximum turns the C4 action into a plain rotation and the global average forgets it
 * (lecture 08, §3).
 *
 * @param lifting     the first layer, image [C, n, n] → [H, 4, n, n]
 * @param group       the second layer, [H, 4, n, n] → [F, 4, n, n]
 * @param readout     DOUBLE, shape [classes, F]
 * @param readoutBias DOUBLE, shape [classes]
 */
public record C4Classifier(LiftingConvolution lifting, GroupConvolution group, INDArray readout, INDArray readoutBias) {

    /** Checks that the layers fit together. */
    public C4Classifier {
        if (lifting == null || group == null) {
            throw new IllegalArgumentException("the lifting and the group convolution must not be null");
        }
        Inputs.requireRank(readout, 2, "readout", "[classes, F]");
        Inputs.requireRank(readoutBias, 1, "readoutBias", "[classes]");
        Inputs.requireAxis(group.weights(), 1, lifting.weights().size(0), "the group convolution", "input channels");
        Inputs.requireAxis(readout, 1, group.weights().size(0), "readout", "columns");
        Inputs.requireAxis(readoutBias, 0, readout.size(0), "readoutBias", "entries");
    }

    /**
     * The rotation-invariant features of {@code image}.
     *
     * @param image DOUBLE, shape [C, n, n]
     * @return a new array of shape [F]
     */
    public INDArray features(INDArray image) {
        throw new UnsupportedOperationException("TODO: lifting, ReLU, group convolution, ReLU, maximum over orientations, mean over positions");
    }

    /**
     * The class scores A·features(image) + a.
     *
     * @param image DOUBLE, shape [C, n, n]
     * @return a new array of shape [classes]
     */
    public INDArray logits(INDArray image) {
        throw new UnsupportedOperationException("TODO: multiply the features by the readout matrix and add its bias");
    }

}
