package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Features of planar point clouds that do not change under rotations, translations and permutations of the
 * points: functions of distances only, collected in an order that does not depend on the order of the points
 * (lecture 08, §5). Sorted pairwise distances determine a generic point cloud up to rigid motions and reflections
 * (Boutin and Kemper, "On reconstructing n-point configurations from the distribution of distances or areas",
 * Adv. Appl. Math. 2004); a radial histogram about the centroid is coarser but of fixed length.
 */
public final class PointCloudFeatures {

    private PointCloudFeatures() {
    }

    /**
     * The n(n − 1)/2 distances ‖p_i − p_j‖ between distinct points, i &lt; j, sorted ascending.
     *
     * @param points DOUBLE, shape [n, 2]
     * @return a new array of shape [n(n − 1)/2] (empty for a single point)
     */
    public static double[] sortedPairwiseDistances(INDArray points) {
        Inputs.requireRank(points, 2, "points", "[n, 2]");
        Inputs.requireAxis(points, 1, 2, "points", "coordinates");
        double[] p = Inputs.values(points);
        int n = (int) points.size(0);
        // BEGIN SOLUTION: every distance between two different points once, then sort
        double[] distances = new double[n * (n - 1) / 2];
        int next = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                distances[next++] = Math.hypot(p[2 * i] - p[2 * j], p[2 * i + 1] - p[2 * j + 1]);
            }
        }
        java.util.Arrays.sort(distances);
        return distances;
        // END SOLUTION
    }

    /**
     * The histogram of the distances of the points from their centroid: bin b counts the points whose distance r
     * from the centroid satisfies b·R/B ≤ r &lt; (b + 1)·R/B, the last bin also every r ≥ R.
     *
     * @param points    DOUBLE, shape [n, 2]
     * @param bins      B ≥ 1
     * @param maxRadius R &gt; 0
     * @return a new array of length B with the counts, summing to n
     */
    public static int[] radialHistogram(INDArray points, int bins, double maxRadius) {
        Inputs.requireRank(points, 2, "points", "[n, 2]");
        Inputs.requireAxis(points, 1, 2, "points", "coordinates");
        if (bins < 1 || !(maxRadius > 0) || Double.isInfinite(maxRadius)) {
            throw new IllegalArgumentException("need bins >= 1 and a finite maxRadius > 0, got " + bins + " and " + maxRadius);
        }
        double[] p = Inputs.values(points);
        int n = (int) points.size(0);
        // BEGIN SOLUTION: subtract the centroid (the mean point), then count each distance in bin floor(r·B/R), capped at B − 1
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            cx += p[2 * i] / n;
            cy += p[2 * i + 1] / n;
        }
        int[] counts = new int[bins];
        for (int i = 0; i < n; i++) {
            double r = Math.hypot(p[2 * i], p[2 * i + 1]);
            counts[(int) Math.min(bins - 1, Math.floor(r * bins / maxRadius))]++;
        }
        return counts;
        // END SOLUTION
    }
}
