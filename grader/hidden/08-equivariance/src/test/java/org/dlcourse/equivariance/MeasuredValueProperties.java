package org.dlcourse.equivariance;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The values the measuring methods return, not only their invariances: the discretization error's mask and norms,
 * the radial histogram's bin index, the bilinear rotation's exactness at quarter turns. Added for mutants of the
 * solution that the invariance laws alone let through (grader/bench/MUTATION.md, issue 18).
 */
class MeasuredValueProperties {

    /**
     * The same sums of the same squares, accumulated pixel by pixel in the same order up to the mask test: a few
     * ulps of the ratio; 1e-9 relative still tells a mask that differs by one pixel of the disk's rim (≥ 1e-3).
     */
    private static final Tolerance RELATIVE_ERROR = Tolerance.of(1e-9, 1e-12);

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    Gen<C4Rotation> c4() {
        return Gens.c4();
    }

    @Property(tries = 12)
    @Graded(points = 2, task = "discretization",
            hint = "err(θ) = sqrt(Σ_D (L(R_θ f) − R_θ^out L(f))² / Σ_D (R_θ^out L(f))²) over the disk D of pixels (x, y) = (j − c, c − i), c = (n − 1)/2, with x² + y² ≤ r², r = (n − 1)/2 − (K − 1)/2 − 1, rim pixels included: a disk about the wrong centre, of the wrong radius, without its rim, or a norm that is not the sum of squares gives another number.")
    void discretizationErrorIsTheRelativeErrorOnTheInscribedDisk(@ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(7, 14);
        int kernel = 1 + 2 * random.nextInt(2);
        LiftingConvolution layer = new LiftingConvolution(Samples.uniform(random, 2, 1, kernel, kernel),
                Samples.uniform(random, 2));
        INDArray image = Samples.uniform(random, 1, n, n);
        double angle = random.nextDouble(-Math.PI, Math.PI);

        double error = DiscretizationError.lifting(layer, Counterexample.input("image", image),
                Counterexample.input("angle", angle));

        double expected = liftingError(layer, image, angle);
        assertThat(RELATIVE_ERROR.accepts(error, expected))
                .as("err(%s) of a %d × %d image, kernel %d: %s, expected %s", angle, n, n, kernel, error, expected)
                .isTrue();
    }

    /**
     * err(θ) pixel by pixel, with the student's lifting layer and bilinear rotation (graded by their own laws):
     * R_θ^out L(f) rotates every map of L(f) by θ and moves orientation (k − q) mod 4 to k, q the nearest quarter turn.
     */
    private static double liftingError(LiftingConvolution layer, INDArray image, double angle) {
        int n = (int) image.size(1);
        C4Rotation nearest = C4Rotation.of((int) Math.round(angle / (Math.PI / 2)));
        double[] first = layer.apply(BilinearRotation.rotate(image, angle)).dup('c').data().asDouble();
        double[] after = BilinearRotation.rotate(shiftOrientations(layer.apply(image), nearest), angle).dup('c')
                .data().asDouble();
        double centre = (n - 1) / 2.0;
        double radius = centre - (layer.kernelSize() - 1) / 2.0 - 1;
        double difference = 0;
        double norm = 0;
        // Maps [O, 4, n, n] in row-major order: n·n pixels per (output channel, orientation).
        for (int map = 0; map < first.length / (n * n); map++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double x = j - centre;
                    double y = centre - i;
                    if (x * x + y * y <= radius * radius + 1e-9) {
                        int index = (map * n + i) * n + j;
                        double d = first[index] - after[index];
                        difference += d * d;
                        norm += after[index] * after[index];
                    }
                }
            }
        }
        return difference == 0 ? 0 : Math.sqrt(difference / norm);
    }

    /** F[c, (k − q) mod 4] at orientation k of maps [C, 4, n, n]: the orientation part of the quarter turn q. */
    private static INDArray shiftOrientations(INDArray features, C4Rotation q) {
        double[] in = features.dup('c').data().asDouble();
        double[] out = new double[in.length];
        int plane = (int) (features.size(2) * features.size(3));
        for (int c = 0; c < features.size(0); c++) {
            for (int k = 0; k < 4; k++) {
                System.arraycopy(in, (c * 4 + Math.floorMod(k - q.quarterTurns(), 4)) * plane, out, (c * 4 + k) * plane,
                        plane);
            }
        }
        return Nd4j.create(out, features.shape(), DataType.DOUBLE);
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "so2",
            hint = "A point at distance r from the centroid goes to bin floor(r·B/R) (bins of width R/B), the last bin also taking r ≥ R: r·B/R, not r/B/R or r·B·R.")
    void radialHistogramBinsByDistanceOverBinWidth(@ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int bins = random.nextInt(2, 9);
        double maxRadius = random.nextDouble(0.5, 8);
        int pairs = random.nextInt(1, 5);
        int[] expected = new int[bins];
        double[] values = new double[4 * pairs];
        for (int pair = 0; pair < pairs; pair++) {
            // Symmetric pairs ±v keep the centroid exactly at 0; radii at bin centres, or beyond R for the last bin.
            int bin = random.nextInt(bins + 1);
            double r = bin == bins ? maxRadius * random.nextDouble(1.1, 2) : (bin + 0.5) * maxRadius / bins;
            double phi = random.nextDouble(0, 2 * Math.PI);
            values[4 * pair] = r * Math.cos(phi);
            values[4 * pair + 1] = r * Math.sin(phi);
            values[4 * pair + 2] = -values[4 * pair];
            values[4 * pair + 3] = -values[4 * pair + 1];
            expected[Math.min(bin, bins - 1)] += 2;
        }
        INDArray points = Nd4j.create(values, new long[] {2 * pairs, 2}, DataType.DOUBLE);

        assertThat(PointCloudFeatures.radialHistogram(Counterexample.input("points", points),
                Counterexample.input("bins", bins), Counterexample.input("maxRadius", maxRadius)))
                .containsExactly(expected);
    }

    @Property(tries = 30)
    @Graded(points = 1, task = "discretization",
            hint = "At quarter turns the bilinear rotation must copy pixels exactly, bit for bit: snap source coordinates within 1e-9 of an integer to it (cos(π/2) is 6e-17 in double, so unsnapped weights come out as 1 − 4e-16 instead of 1).")
    void bilinearRotationCopiesPixelsExactlyAtQuarterTurns(@ForAll("seeds") long seed, @ForAll("c4") C4Rotation g) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(2, 16);
        INDArray image = Samples.uniform(random, 1, n, n);
        double angle = g.angle() + 2 * Math.PI * random.nextInt(-2, 3);

        INDArray rotated = BilinearRotation.rotate(Counterexample.input("image", image),
                Counterexample.input("angle", angle));

        assertThat(rotated.dup('c').data().asDouble())
                .containsExactly(Oracle.rotate(image, g).dup('c').data().asDouble());
    }
}
