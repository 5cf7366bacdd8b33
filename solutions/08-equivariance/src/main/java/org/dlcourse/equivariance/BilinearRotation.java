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
        // BEGIN SOLUTION: for each output pixel find the source point R_{−θ}p in (row, column) coordinates and interpolate bilinearly, zero outside
        double centre = (n - 1) / 2.0;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[] out = new double[in.length];
        for (int block = 0; block < in.length; block += n * n) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double x = j - centre;
                    double y = centre - i;
                    double column = snap(centre + x * cos + y * sin);
                    double row = snap(centre - (-x * sin + y * cos));
                    out[block + i * n + j] = interpolate(in, block, n, row, column);
                }
            }
        }
        return Inputs.array(out, images.shape());
        // END SOLUTION
    }

    // BEGIN SOLUTION
    private static double snap(double coordinate) {
        double nearest = Math.rint(coordinate);
        return Math.abs(coordinate - nearest) < SNAP ? nearest : coordinate;
    }

    private static double interpolate(double[] in, int block, int n, double row, double column) {
        int top = (int) Math.floor(row);
        int left = (int) Math.floor(column);
        double down = row - top;
        double right = column - left;
        return (1 - down) * ((1 - right) * pixel(in, block, n, top, left) + right * pixel(in, block, n, top, left + 1))
                + down * ((1 - right) * pixel(in, block, n, top + 1, left) + right * pixel(in, block, n, top + 1, left + 1));
    }

    private static double pixel(double[] in, int block, int n, int row, int column) {
        return row < 0 || row >= n || column < 0 || column >= n ? 0 : in[block + row * n + column];
    }
    // END SOLUTION
}
