package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Pooling that turns equivariance into invariance. The maximum over the orientation axis of a C4 feature map is
 * equivariant to plain rotation, P(g·F) = rot^g(P(F)), because the action only permutes the orientations; the mean
 * over all positions of a square map is then invariant, since a quarter turn only permutes the pixels (lecture 08, §3).
 */
public final class Pooling {

    private Pooling() {
    }

    /**
     * The maximum over orientations, out[c][i][j] = max_k F[c, k, i, j].
     *
     * @param features DOUBLE, shape [C, 4, n, n]
     * @return a new array of shape [C, n, n]
     */
    public static INDArray orientationMax(INDArray features) {
        Inputs.requireRank(features, 4, "features", "[C, 4, n, n]");
        Inputs.requireAxis(features, 1, 4, "features", "orientations");
        int n = Inputs.requireSquare(features, "features");
        int channels = (int) features.size(0);
        double[] in = Inputs.values(features);
        throw new UnsupportedOperationException("TODO: for every channel and pixel take the largest of the four orientations");
    }

    /**
     * The mean over all positions, out[c] = (1/n²) Σ_{i,j} x[c][i][j].
     *
     * @param maps DOUBLE, shape [C, n, n]
     * @return a new array of shape [C]
     */
    public static INDArray globalAverage(INDArray maps) {
        Inputs.requireRank(maps, 3, "maps", "[C, n, n]");
        int n = Inputs.requireSquare(maps, "maps");
        int channels = (int) maps.size(0);
        double[] in = Inputs.values(maps);
        throw new UnsupportedOperationException("TODO: average each channel over its n² pixels");
    }
}
