package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The equivariance error of a lifting convolution under a rotation by any angle θ, where the pixel grid is no
 * longer mapped onto itself and the image must be resampled ({@link BilinearRotation}):
 * <pre>
 *   err(θ) = ‖L(R_θ f) − R_θ^out L(f)‖_D / ‖R_θ^out L(f)‖_D,   (R_θ^out F)[o, k] = R_θ(F[o, (k − q) mod 4]),
 * </pre>
 * q = round(θ/(π/2)) the nearest quarter turn. Norms are over the disk D of pixels at distance at most
 * (n − 1)/2 − (K − 1)/2 − 1 from the centre, the pixels whose receptive field stays inside the image under every
 * rotation (corners rotated out of the square would otherwise count as error). At multiples of π/2 the error is 0
 * up to rounding; in between it measures what the discretization costs (lecture 08, §6).
 */
public final class DiscretizationError {

    private DiscretizationError() {
    }

    /**
     * err(θ) for one image.
     *
     * @param layer the lifting convolution L
     * @param image DOUBLE, shape [C, n, n]
     * @param angle θ in radians
     * @return the relative error over the inscribed disk D, ≥ 0
     */
    public static double lifting(LiftingConvolution layer, INDArray image, double angle) {
        Inputs.requireRank(image, 3, "image", "[C, n, n]");
        int n = Inputs.requireSquare(image, "image");
        Inputs.requireFinite(angle, "angle");
        if ((n - 1) / 2.0 - (layer.kernelSize() - 1) / 2.0 - 1 < 0) {
            throw new IllegalArgumentException("the image (n = " + n + ") is too small for the kernel size "
                    + layer.kernelSize() + ": no pixel keeps its receptive field under rotation");
        }
        throw new UnsupportedOperationException("TODO: rotate then lift, lift then rotate every map and shift orientations by the nearest quarter turn; relative error on the disk");
    }
}
