package org.dlcourse.equivariance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.symmetry.C4Rotation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The continuous rotation group SO(2) on point clouds: invariant features under random rotations, translations and
 * permutations of the points, and the equivariance-error metric.
 */
class So2Properties {

    /**
     * Points in [−1, 1]², rotated and translated by up to 5: distances of order 1 computed from coordinates of order 5
     * lose a few ulps of 5, about 1e-15; 1e-12 leaves room.
     */
    private static final double DISTANCE = 1e-12;

    Gen<Double> angles() {
        return Gens.so2Angles();
    }

    Gen<int[]> permutations() {
        return Gens.permutations(2, 9);
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    /** The test's own rigid motion: rotate counter-clockwise about the origin, then translate, then permute rows. */
    private static INDArray move(INDArray points, double angle, double dx, double dy, int[] p) {
        int n = (int) points.size(0);
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double x = points.getDouble(p[i], 0);
            double y = points.getDouble(p[i], 1);
            out[2 * i] = StrictMath.cos(angle) * x - StrictMath.sin(angle) * y + dx;
            out[2 * i + 1] = StrictMath.sin(angle) * x + StrictMath.cos(angle) * y + dy;
        }
        return Nd4j.create(out, new long[] {n, 2}, DataType.DOUBLE);
    }

    @Property(tries = 60)
    @Graded(points = 2, task = "so2",
            hint = "PlanarRotation.rotate turns counter-clockwise about the origin: (x, y) ↦ (x cos θ − y sin θ, x sin θ + y cos θ); a quarter turn maps (1, 0) to (0, 1).")
    void planarRotationIsTheCounterClockwiseRotation(@ForAll("angles") double angle, @ForAll("seeds") long seed) {
        INDArray points = Samples.uniform(new SplittableRandom(seed), 5, 2);

        INDArray rotated = PlanarRotation.rotate(Counterexample.input("points", points),
                Counterexample.input("angle", angle));

        assertThat(rotated).hasShape(5, 2).isCloseTo(move(points, angle, 0, 0, new int[] {0, 1, 2, 3, 4}),
                Tolerance.absolute(DISTANCE));
    }

    @Property(tries = 80)
    @Graded(points = 3, task = "so2",
            hint = "The sorted pairwise distances must not change under rotations, translations and reorderings of the points: every distance between two different points once, sorted ascending, n(n − 1)/2 of them.")
    void sortedDistancesAreInvariantToRigidMotionsAndPermutations(@ForAll("angles") double angle,
            @ForAll("permutations") int[] p, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray points = Samples.uniform(random, p.length, 2);
        INDArray moved = Counterexample.input("moved",
                move(points, angle, random.nextDouble(-5, 5), random.nextDouble(-5, 5), p));

        double[] distances = PointCloudFeatures.sortedPairwiseDistances(Counterexample.input("points", points));

        int n = p.length;
        assertThat(distances).hasSize(n * (n - 1) / 2).isSorted();
        assertThat(PointCloudFeatures.sortedPairwiseDistances(moved)).containsExactly(distances, within(DISTANCE));
        assertThat(distances[distances.length - 1]).as("largest distance").isCloseTo(largestDistance(points), within(DISTANCE));
    }

    private static double largestDistance(INDArray points) {
        double largest = 0;
        for (int i = 0; i < points.size(0); i++) {
            for (int j = 0; j < points.size(0); j++) {
                largest = Math.max(largest, Math.hypot(points.getDouble(i, 0) - points.getDouble(j, 0),
                        points.getDouble(i, 1) - points.getDouble(j, 1)));
            }
        }
        return largest;
    }

    @Property(tries = 80)
    @Graded(points = 3, task = "so2",
            hint = "The radial histogram counts distances from the centroid (the mean point), not from the origin, so that translations do not change it; bin floor(r·B/R), the last bin also taking r ≥ R; the counts sum to n.")
    void radialHistogramIsInvariantToRigidMotionsAndPermutations(@ForAll("angles") double angle,
            @ForAll("permutations") int[] p, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray points = Samples.uniform(random, p.length, 2);
        INDArray moved = Counterexample.input("moved",
                move(points, angle, random.nextDouble(-5, 5), random.nextDouble(-5, 5), p));
        int bins = Counterexample.input("bins", random.nextInt(1, 8));

        int[] histogram = PointCloudFeatures.radialHistogram(Counterexample.input("points", points), bins, 1.0);

        assertThat(histogram).hasSize(bins);
        assertThat(java.util.Arrays.stream(histogram).sum()).isEqualTo(p.length);
        assertThat(PointCloudFeatures.radialHistogram(moved, bins, 1.0)).containsExactly(histogram);
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "so2",
            hint = "EquivarianceError.relative = ‖f(g·x) − g·f(x)‖_F / ‖g·f(x)‖_F: 0 for an equivariant map, and it does not change when f's output is scaled.")
    void equivarianceErrorIsTheRelativeFrobeniusDistance(@ForAll("angles") double angle, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray points = Samples.uniform(random, 6, 2);
        double scale = random.nextDouble(0.5, 4);

        // The maps and actions are functions, which a snippet cannot write: the report names them and offers none.
        double equivariant = EquivarianceError.relative(Counterexample.input("scaling", x -> x.mul(scale)),
                Counterexample.input("rotation", x -> move(x, angle, 0, 0, new int[] {0, 1, 2, 3, 4, 5})),
                Counterexample.input("rotationOfTheOutput", y -> move(y, angle, 0, 0, new int[] {0, 1, 2, 3, 4, 5})),
                Counterexample.input("points", points));
        double raw = EquivarianceError.relative(x -> x.mul(scale), x -> move(x, angle, 0, 0, new int[] {0, 1, 2, 3, 4, 5}),
                Counterexample.input("identityOnTheOutput", y -> y), points);
        Counterexample.input("scale", scale);

        assertThat(equivariant).as("error of a scaling, which commutes with rotations").isLessThan(1e-12);
        double expected = 2 * Math.abs(Math.sin(angle / 2));
        assertThat(raw).as("error of the identity action on the output (‖R_θx − x‖/‖x‖ = 2|sin(θ/2)|)")
                .isCloseTo(expected, within(1e-12));
    }

    @Property(tries = 20)
    @Graded(points = 1, task = "so2",
            hint = "EquivarianceError.relative works for any map and actions: f(x) = x with the action x ↦ 2x on the input and the identity on the output has error ‖2x − x‖/‖x‖ = 1.")
    void equivarianceErrorOfAMismatchedActionIsOne(@ForAll("seeds") long seed, @ForAll("c4rotations") C4Rotation g) {
        INDArray image = Counterexample.input("image", Samples.image(new SplittableRandom(seed)));

        assertThat(EquivarianceError.relative(x -> x, x -> x.mul(2), y -> y, image)).isCloseTo(1.0, within(1e-12));
        assertThat(EquivarianceError.relative(x -> x, x -> Oracle.rotate(x, g), y -> Oracle.rotate(y, g), image)).isZero();
    }

    Gen<C4Rotation> c4rotations() {
        return Gens.c4();
    }
}
