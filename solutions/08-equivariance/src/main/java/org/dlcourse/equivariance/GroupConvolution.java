package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The group convolution C4 → C4: a feature map over positions and orientations is correlated with filters that
 * also have an orientation axis; for output orientation r the filters are rotated by r quarter turns <em>and</em>
 * their orientation axis is shifted cyclically by r,
 * <pre>
 *   out[o, r] = b[o] + Σ_c Σ_s F[c, s] ⋆ rot^r(w[o, c, (s − r) mod 4]),   r = 0..3.
 * </pre>
 * It is equivariant, G(g·F) = g·G(F), for the action (g·F)[c, k] = rot^g(F[c, (k − g) mod 4]) on input and output
 * (Cohen and Welling, "Group Equivariant Convolutional Networks", ICML 2016, eq. 11; lecture 08, §2).
 *
 * @param weights DOUBLE, shape [O, C, 4, K, K], K odd
 * @param bias    DOUBLE, shape [O], shared by the four orientations of an output channel
 */
public record GroupConvolution(INDArray weights, INDArray bias) {

    /** Checks the shapes: an orientation axis of size 4, an odd square kernel and one bias per output channel. */
    public GroupConvolution {
        Inputs.requireRank(weights, 5, "weights", "[O, C, 4, K, K]");
        Inputs.requireRank(bias, 1, "bias", "[O]");
        Inputs.requireAxis(weights, 2, 4, "weights", "orientations");
        Inputs.requireOddKernel(weights);
        Inputs.requireAxis(bias, 0, weights.size(0), "bias", "entries");
    }

    /** The kernel size K. */
    public int kernelSize() {
        return (int) weights.size(4);
    }

    /**
     * The feature maps of {@code features}.
     *
     * @param features DOUBLE, shape [C, 4, n, n]
     * @return a new array of shape [O, 4, n, n]
     */
    public INDArray apply(INDArray features) {
        Inputs.requireRank(features, 4, "features", "[C, 4, n, n]");
        Inputs.requireAxis(features, 0, weights.size(1), "features", "channels");
        Inputs.requireAxis(features, 1, 4, "features", "orientations");
        // BEGIN SOLUTION: for r = 0..3 rotate every filter by r and shift its orientation axis by r (the filter for input orientation s is w[o, c, (s − r) mod 4]), then correlate over channels and orientations together
        long outputs = weights.size(0);
        long channels = weights.size(1);
        long k = weights.size(4);
        long n = features.size(2);
        INDArray stacked = features.reshape(channels * 4, n, n);
        INDArray perOrientation = weights.reshape(outputs * channels, 4, k, k);
        int plane = (int) (n * n);
        double[] values = new double[(int) (outputs * 4 * plane)];
        for (int r = 0; r < 4; r++) {
            INDArray filters = ImageActions.rotateFeatureMaps(perOrientation, new QuarterTurn(r))
                    .reshape(outputs, channels * 4, k, k);
            double[] maps = Inputs.values(Correlation.correlate(stacked, filters, bias));
            for (int o = 0; o < outputs; o++) {
                System.arraycopy(maps, o * plane, values, (o * 4 + r) * plane, plane);
            }
        }
        return Inputs.array(values, outputs, 4, n, n);
        // END SOLUTION
    }
}
