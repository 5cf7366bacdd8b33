package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The lifting convolution of a C4-equivariant network: an image is correlated with the four rotated copies of every
 * filter, giving a feature map over positions and orientations,
 * <pre>
 *   out[o, r] = b[o] + Σ_c in[c] ⋆ rot^r(w[o, c]),   r = 0..3.
 * </pre>
 * It is equivariant: L(g·f) = g·L(f) with the action (g·F)[o, k] = rot^g(F[o, (k − g) mod 4]) on the output
 * (Cohen and Welling, "Group Equivariant Convolutional Networks", ICML 2016, eq. 10; lecture 08, §2).
 *
 * @param weights DOUBLE, shape [O, C, K, K], K odd
 * @param bias    DOUBLE, shape [O], one bias per output channel shared by its four orientations
 */
public record LiftingConvolution(INDArray weights, INDArray bias) {

    /** Checks the shapes: an odd square kernel and one bias per output channel. */
    public LiftingConvolution {
        Inputs.requireRank(weights, 4, "weights", "[O, C, K, K]");
        Inputs.requireRank(bias, 1, "bias", "[O]");
        Inputs.requireOddKernel(weights);
        Inputs.requireAxis(bias, 0, weights.size(0), "bias", "entries");
    }

    /** The kernel size K. */
    public int kernelSize() {
        return (int) weights.size(3);
    }

    /**
     * The feature maps of {@code image}.
     *
     * @param image DOUBLE, shape [C, n, n]
     * @return a new array of shape [O, 4, n, n]
     */
    public INDArray apply(INDArray image) {
        Inputs.requireRank(image, 3, "image", "[C, n, n]");
        Inputs.requireAxis(image, 0, weights.size(1), "image", "channels");
        // BEGIN SOLUTION: for r = 0..3 correlate the image with the filters rotated by r quarter turns and store the result as orientation r
        long n = image.size(1);
        long outputs = weights.size(0);
        double[] values = new double[(int) (outputs * 4 * n * n)];
        int plane = (int) (n * n);
        for (int r = 0; r < 4; r++) {
            double[] maps = Inputs.values(Correlation.correlate(image, ImageActions.rotate(weights, new QuarterTurn(r)), bias));
            for (int o = 0; o < outputs; o++) {
                System.arraycopy(maps, o * plane, values, (o * 4 + r) * plane, plane);
            }
        }
        return Inputs.array(values, outputs, 4, n, n);
        // END SOLUTION
    }
}
