package org.dlcourse.equivariance;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Rotations by any angle on the pixel grid: exact at quarter turns, exact on affine images, approximate otherwise. */
class DiscretizationProperties {

    /** Bilinear weights of order 1 times values of order 10: a few ulps. */
    private static final Tolerance INTERPOLATION = Tolerance.absolute(1e-10);

    Gen<C4Rotation> c4() {
        return Gens.c4();
    }

    Gen<Double> angles() {
        return Gens.so2Angles();
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    Gen<INDArray> images() {
        return Samples.images();
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "discretization",
            hint = "At θ = kπ/2 the sample points R_{−θ}p are pixels: the bilinear rotation must equal the quarter turn exactly (counter-clockwise; round source coordinates within 1e-9 of an integer, since cos(π/2) ≠ 0 in double).")
    void bilinearRotationIsExactAtQuarterTurns(@ForAll("images") INDArray image, @ForAll("c4") C4Rotation g) {
        INDArray rotated = BilinearRotation.rotate(image, g.angle());

        assertThat(rotated).hasShape(image.shape()).isCloseTo(Oracle.rotate(image, g), Tolerance.absolute(1e-12));
    }

    @Property(tries = 60)
    @Graded(points = 3, task = "discretization",
            hint = "Bilinear interpolation reproduces affine images a·x + b·y + c exactly: pixel p of the rotated image takes the value at R_{−θ}p (counter-clockwise rotation about the centre (n − 1)/2, x to the right, y up), interpolated between the 4 surrounding pixels.")
    void bilinearRotationRotatesAffineImagesExactly(@ForAll("angles") double angle, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(3, 12);
        double a = random.nextDouble(-1, 1);
        double b = random.nextDouble(-1, 1);
        double c = random.nextDouble(-1, 1);
        double centre = (n - 1) / 2.0;

        INDArray rotated = BilinearRotation.rotate(Counterexample.input("image", affine(n, centre, a, b, c, 0)),
                Counterexample.input("angle", angle));

        INDArray expected = affine(n, centre, a, b, c, angle);
        double radius = centre - 1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = j - centre;
                double y = centre - i;
                if (x * x + y * y <= radius * radius) {
                    assertThat(INTERPOLATION.accepts(rotated.getDouble(0, i, j), expected.getDouble(0, i, j)))
                            .as("pixel (%d, %d) of a %d × %d affine image rotated by %s: %s, expected %s", i, j, n, n,
                                    angle, rotated.getDouble(0, i, j), expected.getDouble(0, i, j))
                            .isTrue();
                }
            }
        }
    }

    /** The image of f(x, y) = a·x' + b·y' + c with (x', y') = R_{−θ}(x, y), i.e. the affine image rotated by θ. */
    private static INDArray affine(int n, double centre, double a, double b, double c, double angle) {
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = j - centre;
                double y = centre - i;
                double xs = x * Math.cos(angle) + y * Math.sin(angle);
                double ys = -x * Math.sin(angle) + y * Math.cos(angle);
                values[i * n + j] = a * xs + b * ys + c;
            }
        }
        return Nd4j.create(values, new long[] {1, n, n}, DataType.DOUBLE);
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "discretization",
            hint = "At quarter turns the lifting layer is exactly equivariant, so its discretization error must be 0 up to rounding: compare L(R_θ f) with R_θ applied to every map of L(f) after shifting the orientations by the nearest quarter turn.")
    void discretizationErrorVanishesAtQuarterTurns(@ForAll("seeds") long seed, @ForAll("c4") C4Rotation g) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(7, 12);
        LiftingConvolution layer = new LiftingConvolution(Samples.uniform(random, 2, 1, 3, 3), Samples.uniform(random, 2));
        INDArray image = Samples.uniform(random, 1, n, n);

        assertThat(DiscretizationError.lifting(Counterexample.input("layer", layer), Counterexample.input("image", image),
                Counterexample.input("angle", g.angle() + 2 * Math.PI * random.nextInt(-1, 2)))).isLessThan(1e-12);
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "discretization",
            hint = "Between the quarter turns the discretization error of a lifting layer on a random image is clearly positive (the grid is not rotated onto itself) and below 1 after the nearest-quarter-turn shift; the mask keeps only the inscribed disk of radius (n − 1)/2 − (K − 1)/2 − 1.")
    void discretizationErrorIsPositiveBetweenQuarterTurns(@ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(9, 14);
        LiftingConvolution layer = new LiftingConvolution(Samples.uniform(random, 2, 1, 3, 3), Samples.uniform(random, 2));
        INDArray image = Samples.uniform(random, 1, n, n);
        double angle = Math.PI / 4 + random.nextDouble(-0.3, 0.3);

        double error = DiscretizationError.lifting(Counterexample.input("layer", layer), Counterexample.input("image", image),
                Counterexample.input("angle", angle));

        assertThat(error).isBetween(1e-3, 1.5);
        assertThat(DiscretizationError.lifting(layer, image, Counterexample.input("quarterTurnLater", angle + Math.PI / 2))).as("shifted by a quarter turn")
                .isBetween(1e-3, 1.5);
    }
}
