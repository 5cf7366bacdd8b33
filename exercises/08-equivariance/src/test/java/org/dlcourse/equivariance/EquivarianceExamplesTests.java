package org.dlcourse.equivariance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Public examples for exercise 08: small cases you can check by hand. Passing them does not mean the hidden tests
 * pass: those check equivariance f(g·x) = g·f(x) for every layer on many random inputs, filters and group elements,
 * the group laws, invariance of the pooled outputs and of the point-cloud features.
 */
class EquivarianceExamplesTests {

    /** Sums of a few products of small integers: exact in double. */
    private static final Tolerance EXACT = Tolerance.absolute(1e-12);

    private static INDArray image(double[][] rows) {
        return Nd4j.createFromArray(rows).castTo(DataType.DOUBLE).reshape(1, rows.length, rows[0].length);
    }

    @Test
    @Graded(points = 1, task = "group-actions", hint = "a counter-clockwise quarter turn moves the top row to the left column, read from bottom to top (NumPy's rot90)")
    void quarterTurnOfATwoByTwoImage() {
        INDArray rotated = ImageActions.rotate(image(new double[][] {{1, 2}, {3, 4}}), new QuarterTurn(1));

        assertThat(rotated).isCloseTo(image(new double[][] {{2, 4}, {1, 3}}), EXACT);
    }

    @Test
    @Graded(points = 1, task = "group-actions", hint = "in D4, r·m = m·r³, r⁴ = e and m² = e")
    void dihedralRelations() {
        DihedralElement r = DihedralElement.rotation();
        DihedralElement m = DihedralElement.mirror();

        // Compared by their components: equals is part of your code, so it cannot be what checks it.
        DihedralElement rm = r.compose(m);
        DihedralElement mr3 = m.compose(r.compose(r).compose(r));
        assertThat(rm.quarterTurns()).isEqualTo(mr3.quarterTurns());
        assertThat(rm.mirrored()).isEqualTo(mr3.mirrored()).isTrue();
        assertThat(m.compose(m).quarterTurns()).isZero();
        assertThat(m.compose(m).mirrored()).isFalse();
        assertThat(new QuarterTurn(3).compose(new QuarterTurn(2)).turns()).isEqualTo(1);
    }

    @Test
    @Graded(points = 1, task = "correlation", hint = "a 3 × 3 filter of ones sums each pixel's neighbourhood; pixels outside the image are 0")
    void boxFilterSumsNeighbourhoods() {
        INDArray ones = Nd4j.ones(DataType.DOUBLE, 1, 1, 3, 3);

        INDArray out = Correlation.correlate(image(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}), ones,
                Nd4j.zeros(DataType.DOUBLE, 1));

        assertThat(out).isCloseTo(image(new double[][] {{12, 21, 16}, {27, 45, 33}, {24, 39, 28}}), EXACT);
    }

    @Test
    @Graded(points = 1, task = "lifting", hint = "L(r·f) = r·L(f): rotate the output maps and move orientation k − 1 to k")
    void liftingCommutesWithAQuarterTurn() {
        INDArray f = image(new double[][] {{1, 0, 2}, {0, 3, 0}, {4, 0, 0}});
        INDArray w = Nd4j.createFromArray(new double[] {1, 2, 0, 0, 1, 0, 0, 0, -1}).reshape(1, 1, 3, 3);
        LiftingConvolution layer = new LiftingConvolution(w, Nd4j.zeros(DataType.DOUBLE, 1));
        QuarterTurn r = new QuarterTurn(1);

        assertThat(layer.apply(ImageActions.rotate(f, r))).isCloseTo(ImageActions.rotateFeatureMaps(layer.apply(f), r), EXACT);
    }

    @Test
    @Graded(points = 1, task = "sets", hint = "y_i = Γx_i + b − Λ·mean_j x_j")
    void setLayerOnThreeScalars() {
        EquivariantSetLayer layer = new EquivariantSetLayer(Nd4j.createFromArray(new double[][] {{2}}),
                Nd4j.createFromArray(new double[][] {{1}}), Nd4j.createFromArray(new double[] {0.5}));

        INDArray out = layer.apply(Nd4j.createFromArray(new double[][] {{1}, {2}, {6}}));

        assertThat(out).isCloseTo(new double[][] {{-0.5}, {1.5}, {9.5}}, EXACT);
    }

    @Test
    @Graded(points = 1, task = "so2", hint = "the unit square has four sides of length 1 and two diagonals of length √2")
    void distancesOfTheUnitSquare() {
        INDArray square = Nd4j.createFromArray(new double[][] {{0, 0}, {1, 0}, {1, 1}, {0, 1}});

        assertThat(PointCloudFeatures.sortedPairwiseDistances(square))
                .containsExactly(new double[] {1, 1, 1, 1, Math.sqrt(2), Math.sqrt(2)}, within(1e-12));
    }

    @Test
    @Graded(points = 1, task = "discretization", hint = "rotating by 0 resamples every pixel at itself")
    void bilinearRotationByZeroIsTheIdentity() {
        INDArray f = image(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});

        assertThat(BilinearRotation.rotate(f, 0.0)).isCloseTo(f, EXACT);
    }

    @Test
    @Graded(points = 1, task = "spherical-harmonics", hint = "in e3nn's 'component' normalization Y_1(p) = √3·p/|p| and Y_0 = 1")
    void degreeOneHarmonicsAreTheScaledDirection() {
        assertThat(SphericalHarmonics.values(0, 0, 0, 2)).containsExactly(new double[] {1}, within(1e-12));
        assertThat(SphericalHarmonics.values(1, 0, 0, 2)).containsExactly(new double[] {0, 0, Math.sqrt(3)}, within(1e-12));
    }
}
