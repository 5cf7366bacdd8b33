package org.dlcourse.biasvariance;

import org.dlcourse.kit.assertions.TensorAssertions;
import org.dlcourse.kit.assertions.Tolerance;
import org.nd4j.linalg.factory.Nd4j;

/** Element-wise comparison of double vectors with the kit's tensor assertions, which name the worst entry. */
final class Vectors {

    private Vectors() {
    }

    static void assertClose(String what, double[] actual, double[] expected, Tolerance tolerance) {
        TensorAssertions.assertThat(Nd4j.createFromArray(actual)).as(what).isCloseTo(expected, tolerance);
    }

    static double maxAbs(double[] values) {
        double max = 0.0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }
}
