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
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Pooling turns equivariance into invariance: the pooled features and the classifier ignore quarter turns. */
class InvarianceProperties {

    /** See {@link ConvolutionProperties}: sums of the same products in another order. */
    private static final Tolerance EXACT_UP_TO_ORDER = Tolerance.of(1e-12, 1e-12);

    Gen<C4Rotation> c4() {
        return Gens.c4();
    }

    Gen<INDArray> featureMaps() {
        return random -> {
            int n = Samples.size(random);
            return Samples.uniform(random, random.nextInt(1, 4), 4, n, n);
        };
    }

    Gen<INDArray> images() {
        return Samples.images();
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "pooling",
            hint = "orientationMax takes, for every channel and pixel, the largest of the 4 orientations: out[c][i][j] = max_k F[c, k, i, j], shape [C, n, n].")
    void orientationMaxIsTheMaximumOverTheOrientationAxis(@ForAll("featureMaps") INDArray features) {
        INDArray pooled = Pooling.orientationMax(features);

        INDArray expected = features.get(NDArrayIndex.all(), NDArrayIndex.point(0)).dup();
        for (int k = 1; k < 4; k++) {
            expected = org.nd4j.linalg.ops.transforms.Transforms.max(expected,
                    features.get(NDArrayIndex.all(), NDArrayIndex.point(k)), true);
        }
        assertThat(pooled).hasShape(features.size(0), features.size(2), features.size(3)).isCloseTo(expected,
                Tolerance.absolute(0));
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "pooling",
            hint = "Pooling over orientations must turn the C4 action into a plain rotation: P(g·F) = rot^g(P(F)). Pool over axis 1 (the orientations), every orientation.")
    void orientationPoolingIsEquivariantToPlainRotation(@ForAll("featureMaps") INDArray features,
            @ForAll("c4") C4Rotation g) {
        INDArray rotatedFirst = Pooling.orientationMax(
                Counterexample.input("rotatedFeatures", Oracle.rotateFeatureMaps(features, g)));
        INDArray original = Pooling.orientationMax(Counterexample.input("features", features));

        assertThat(rotatedFirst).isCloseTo(Oracle.rotate(original, g), Tolerance.absolute(0));
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "pooling",
            hint = "globalAverage is the mean over all n² pixels of each channel, shape [C]; it must not change when the map is rotated.")
    void globalAverageIsTheInvariantMeanOverPositions(@ForAll("images") INDArray maps, @ForAll("c4") C4Rotation g) {
        INDArray pooled = Pooling.globalAverage(Counterexample.input("maps", maps));

        assertThat(pooled).hasShape(maps.size(0)).isCloseTo(maps.mean(1, 2), EXACT_UP_TO_ORDER);
        assertThat(Pooling.globalAverage(Counterexample.input("rotatedMaps", Oracle.rotate(maps, g))))
                .isCloseTo(pooled, EXACT_UP_TO_ORDER);
    }

    @Property(tries = 24)
    @Graded(points = 4, task = "classifier",
            hint = "The classifier must give the same logits for an image and its quarter turns: lifting, ReLU, group convolution, ReLU, maximum over orientations, mean over positions, then the readout. Check that both layers are equivariant first.")
    void classifierIsInvariantToQuarterTurns(@ForAll("seeds") long seed, @ForAll("c4") C4Rotation g) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray image = Samples.image(random);
        C4Classifier classifier = Samples.classifier(random, (int) image.size(0));

        INDArray logits = Counterexample.input("classifier", classifier).logits(Counterexample.input("image", image));

        assertThat(logits).hasShape(classifier.readout().size(0));
        assertThat(classifier.logits(Counterexample.input("rotatedImage", Oracle.rotate(image, g))))
                .isCloseTo(logits, EXACT_UP_TO_ORDER);
    }

    @Property(tries = 12)
    @Graded(points = 2, task = "classifier",
            hint = "features(f) = globalAverage(orientationMax(relu(G(relu(L(f)))))) and logits = readout·features + readoutBias.")
    void classifierComposesTheLayers(@ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray image = Samples.image(random);
        C4Classifier classifier = Counterexample.input("classifier", Samples.classifier(random, (int) image.size(0)));
        Counterexample.input("image", image);
        INDArray lifted = classifier.lifting().apply(image);
        INDArray hidden = classifier.group().apply(lifted.mul(lifted.gt(0).castTo(lifted.dataType())));
        INDArray rectified = hidden.mul(hidden.gt(0).castTo(hidden.dataType()));
        INDArray features = Pooling.globalAverage(Pooling.orientationMax(rectified));

        assertThat(classifier.features(image)).isCloseTo(features, EXACT_UP_TO_ORDER);
        INDArray logits = classifier.readout().mmul(features.reshape(features.length(), 1)).reshape(-1)
                .add(classifier.readoutBias());
        assertThat(classifier.logits(image)).isCloseTo(logits, EXACT_UP_TO_ORDER);
    }
}
