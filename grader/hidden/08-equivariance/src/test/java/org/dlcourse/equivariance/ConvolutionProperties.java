package org.dlcourse.equivariance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.symmetry.C4Rotation;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The correlation and the two C4 layers: equivariance f(g·x) = g·f(x) for random inputs, filters and group elements.
 * A rotation only permutes pixels and filter taps, so both sides sum the same products in another order.
 */
class ConvolutionProperties {

    /**
     * Outputs are sums of at most 3·4·25 products of numbers in [−1, 1]; summed in another order they differ by a few
     * ulps of values below 100, i.e. below 1e-13. Exact to 1e-12 (absolute and relative), as the course promises.
     */
    private static final Tolerance EQUIVARIANT = Tolerance.of(1e-12, 1e-12);

    Gen<C4Rotation> c4() {
        return Gens.c4();
    }

    Gen<D4Element> d4() {
        return Gens.elements(D4Element.all());
    }

    Gen<Samples.LiftingCase> liftingCases() {
        return Samples.liftingCases();
    }

    Gen<Samples.GroupCase> groupCases() {
        return Samples.groupCases();
    }

    @Property(tries = 40)
    @Graded(points = 3, task = "correlation",
            hint = "out[o][i][j] = b[o] + Σ_c Σ_{u,v} in[c][i + u − p][j + v − p]·w[o][c][u][v] with p = (K − 1)/2 zeros on every side (symmetric padding), pixels outside counting as 0.")
    void correlationIsTheSameCorrelationWithSymmetricZeroPadding(@ForAll("liftingCases") Samples.LiftingCase sample) {
        INDArray filters = sample.layer().weights();
        INDArray bias = sample.layer().bias();

        INDArray out = Correlation.correlate(sample.image(), filters, bias);

        assertThat(out).isCloseTo(Oracles.correlate(sample.image(), filters, bias), EQUIVARIANT);
    }

    @Property(tries = 60)
    @Graded(points = 3, task = "correlation",
            hint = "Rotating both the image and the filters about their centres must rotate the output: this needs the same padding (K − 1)/2 on all four sides and the filter centred on the output pixel.")
    void correlationCommutesWithTransformingImageAndFilters(@ForAll("liftingCases") Samples.LiftingCase sample,
            @ForAll("d4") D4Element g) {
        INDArray filters = sample.layer().weights();
        INDArray bias = sample.layer().bias();

        INDArray transformedFirst = Correlation.correlate(
                Counterexample.input("transformedImage", Oracle.transform(sample.image(), g)),
                Counterexample.input("transformedFilters", Oracle.transform(filters, g)), Counterexample.input("bias", bias));
        INDArray original = Correlation.correlate(Counterexample.input("image", sample.image()),
                Counterexample.input("filters", filters), bias);

        assertThat(transformedFirst).isCloseTo(Oracle.transform(original, g), EQUIVARIANT);
    }

    @Test
    @Graded(points = 1, task = "correlation",
            hint = "Odd kernels work and even kernel sizes must be rejected with an IllegalArgumentException: an even filter has no centre pixel, so rotating it about its centre moves it off the output pixel and equivariance breaks.")
    void evenKernelsAreRejected() {
        INDArray image = Nd4j.rand(DataType.DOUBLE, 1, 5, 5);
        INDArray even = Nd4j.rand(DataType.DOUBLE, 1, 1, 2, 2);
        INDArray bias = Nd4j.zeros(DataType.DOUBLE, 1);

        INDArray odd = Nd4j.rand(DataType.DOUBLE, 1, 1, 3, 3);
        assertThat(Correlation.correlate(image, odd, bias)).as("a 3 × 3 kernel is fine").hasShape(1, 5, 5);
        assertThatThrownBy(() -> Correlation.correlate(image, even, bias)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiftingConvolution(even, bias)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 60)
    @Graded(points = 4, task = "lifting",
            hint = "Lifting: out[o, r] = b[o] + Σ_c in[c] ⋆ rot^r(w[o, c]) with the filters rotated counter-clockwise by r quarter turns; then L(g·f)[r] = rot^g(L(f)[r − g]).")
    void liftingIsEquivariant(@ForAll("liftingCases") Samples.LiftingCase sample, @ForAll("c4") C4Rotation g) {
        LiftingConvolution layer = sample.layer();

        INDArray rotatedFirst = layer.apply(Counterexample.input("rotatedImage", Oracle.rotate(sample.image(), g)));
        INDArray original = layer.apply(Counterexample.input("image", sample.image()));

        assertThat(rotatedFirst).isCloseTo(Oracle.rotateFeatureMaps(original, g), EQUIVARIANT);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "lifting",
            hint = "Orientation r of the lifting output is the correlation with the filters rotated by r quarter turns (r = 0: the filters as given), plus the bias; shape [O, 4, n, n].")
    void liftingOrientationsAreCorrelationsWithRotatedFilters(@ForAll("liftingCases") Samples.LiftingCase sample) {
        LiftingConvolution layer = sample.layer();

        INDArray out = layer.apply(sample.image());

        long n = sample.image().size(1);
        assertThat(out).hasShape(layer.weights().size(0), 4, n, n);
        for (int r = 0; r < 4; r++) {
            INDArray expected = Oracles.correlate(sample.image(), Oracle.rotate(layer.weights(), new C4Rotation(r)), layer.bias());
            assertThat(out.get(NDArrayIndex.all(), NDArrayIndex.point(r))).isCloseTo(expected, EQUIVARIANT);
        }
    }

    @Property(tries = 60)
    @Graded(points = 4, task = "group-convolution",
            hint = "Group convolution: for output orientation r, rotate every filter by r quarter turns AND shift its orientation axis cyclically: input orientation s meets w[o, c, (s − r) mod 4]. Without the shift only the lifting layer is equivariant.")
    void groupConvolutionIsEquivariant(@ForAll("groupCases") Samples.GroupCase sample, @ForAll("c4") C4Rotation g) {
        GroupConvolution layer = sample.layer();

        INDArray rotatedFirst = layer.apply(
                Counterexample.input("rotatedFeatures", Oracle.rotateFeatureMaps(sample.features(), g)));
        INDArray original = layer.apply(Counterexample.input("features", sample.features()));

        assertThat(rotatedFirst).isCloseTo(Oracle.rotateFeatureMaps(original, g), EQUIVARIANT);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "group-convolution",
            hint = "Orientation 0 of the group convolution is the plain correlation of the stacked input [C·4, n, n] with the filters as given, w[o, c, s] meeting input orientation s; shape [O, 4, n, n].")
    void groupConvolutionOrientationZeroUsesTheFiltersAsGiven(@ForAll("groupCases") Samples.GroupCase sample) {
        GroupConvolution layer = sample.layer();
        INDArray w = layer.weights();
        long n = sample.features().size(2);

        INDArray out = layer.apply(sample.features());

        assertThat(out).hasShape(w.size(0), 4, n, n);
        INDArray expected = Oracles.correlate(sample.features().reshape(w.size(1) * 4, n, n),
                w.reshape(w.size(0), w.size(1) * 4, w.size(3), w.size(4)), layer.bias());
        assertThat(out.get(NDArrayIndex.all(), NDArrayIndex.point(0))).isCloseTo(expected, EQUIVARIANT);
    }
}
