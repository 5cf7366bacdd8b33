package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The rotation of an image by any angle, resampled by bilinear interpolation: pixel (i, j) at the point
 * p = (j − c, c − i), c = (n − 1)/2, takes the value of the image at R_θ⁻¹p,
 * <pre>
 *   (R_θ f)(p) = f(R_{−θ} p),   R_{−θ}(x, y) = (x·cos θ + y·sin θ, −x·sin θ + y·cos θ),
 * </pre>
 * interpolated bilinearly between the four surrounding pixels, pixels outside the image counting as 0. At the
 * quarter turns the sample points are grid points and the result is the exact quarter turn of
 * {@link ImageActions#rotate} (sample coordinates within 1e−9 of an integer are snapped to it, since cos(π/2) is
 * 6e−17 in double, not 0). Bilinear interpolation reproduces affine functions exactly, so every error it makes comes
 * from curvature of the image between the pixels (lecture 08, §6).
 */
public final class BilinearRotation {

    /** Coordinates this close to an integer are that integer: quarter turns stay exact permutations of pixels. */
    private static final double SNAP = 1e-9;

    private BilinearRotation() {
    }

    /**
     * Rotates the last two axes counter-clockwise by {@code angle}.
     *
     * @param images DOUBLE, shape [..., n, n]
     * @param angle  θ in radians
     * @return a new array of the same shape
     */
    public static INDArray rotate(INDArray images, double angle) {
        int n = Inputs.requireSquare(images, "images");
        Inputs.requireFinite(angle, "angle");
        double[] in = Inputs.values(images);
        throw new UnsupportedOperationException("TODO: for each output pixel find the source point R_{−θ}p in (row, column) coordinates and interpolate bilinearly, zero outside");
    }

}
