package org.dlcourse.equivariance;

import java.util.SplittableRandom;
import org.dlcourse.kit.property.Gen;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Random inputs and layers for the hidden properties, drawn only from the property's {@link SplittableRandom}.
 * Sizes are small (images up to 9 × 9, at most 3 channels, kernels 1, 3 or 5) so that the suite stays fast; every
 * value is uniform in [−1, 1], so no two pixels tie and no output is 0 by accident.
 */
final class Samples {

    private Samples() {
    }

    /** A layer and an input for it. */
    record LiftingCase(LiftingConvolution layer, INDArray image) {
    }

    /** A layer and an input for it. */
    record GroupCase(GroupConvolution layer, INDArray features) {
    }

    static INDArray uniform(SplittableRandom random, long... shape) {
        long size = 1;
        for (long axis : shape) {
            size *= axis;
        }
        double[] values = new double[(int) size];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble(-1, 1);
        }
        return Nd4j.create(values, shape, DataType.DOUBLE);
    }

    static int kernel(SplittableRandom random) {
        return 1 + 2 * random.nextInt(3);
    }

    static int size(SplittableRandom random) {
        return random.nextInt(2, 10);
    }

    /** Images [C, n, n] with C in 1..3 and n in 2..9 (even and odd sizes: both rotate about the centre). */
    static Gen<INDArray> images() {
        return Samples::image;
    }

    static INDArray image(SplittableRandom random) {
        int n = size(random);
        return uniform(random, random.nextInt(1, 4), n, n);
    }

    static Gen<LiftingCase> liftingCases() {
        return random -> {
            int channels = random.nextInt(1, 4);
            int outputs = random.nextInt(1, 4);
            int k = kernel(random);
            int n = size(random);
            return new LiftingCase(new LiftingConvolution(uniform(random, outputs, channels, k, k), uniform(random, outputs)),
                    uniform(random, channels, n, n));
        };
    }

    static Gen<GroupCase> groupCases() {
        return random -> {
            int channels = random.nextInt(1, 3);
            int outputs = random.nextInt(1, 3);
            int k = kernel(random);
            int n = size(random);
            return new GroupCase(new GroupConvolution(uniform(random, outputs, channels, 4, k, k), uniform(random, outputs)),
                    uniform(random, channels, 4, n, n));
        };
    }

    static C4Classifier classifier(SplittableRandom random, int channels) {
        int hidden = random.nextInt(1, 4);
        int features = random.nextInt(1, 4);
        int classes = random.nextInt(1, 4);
        int k1 = kernel(random);
        int k2 = kernel(random);
        return new C4Classifier(
                new LiftingConvolution(uniform(random, hidden, channels, k1, k1), uniform(random, hidden)),
                new GroupConvolution(uniform(random, features, hidden, 4, k2, k2), uniform(random, features)),
                uniform(random, classes, features), uniform(random, classes));
    }
}
