package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The action of SO(2) on planar point clouds: every point is rotated counter-clockwise about the origin,
 * <pre>
 *   (x, y) ↦ (x·cos θ − y·sin θ, x·sin θ + y·cos θ).
 * </pre>
 */
public final class PlanarRotation {

    private PlanarRotation() {
    }

    /**
     * The points rotated by {@code angle}.
     *
     * @param points DOUBLE, shape [n, 2], one point (x, y) per row
     * @param angle  θ in radians, counter-clockwise
     * @return a new array of shape [n, 2]
     */
    public static INDArray rotate(INDArray points, double angle) {
        Inputs.requireRank(points, 2, "points", "[n, 2]");
        Inputs.requireAxis(points, 1, 2, "points", "coordinates");
        Inputs.requireFinite(angle, "angle");
        double[] p = Inputs.values(points);
        throw new UnsupportedOperationException("TODO: apply the rotation matrix [[cos θ, −sin θ], [sin θ, cos θ]] to every row");
    }
}
