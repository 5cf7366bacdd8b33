package org.dlcourse.kit.gradcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.dlcourse.kit.random.RandomTensors;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GradientCheckTests {

    private static INDArray vector(double... values) {
        return Nd4j.create(values, new long[] {values.length}, DataType.DOUBLE);
    }

    @Test
    void isTheLargestElementwiseRelativeError() {
        // Elements: 0/2, 1/5, 0.5/3.5: the maximum is 1/5.
        assertThat(GradientCheck.relativeError(vector(1, 2, 1.5), vector(1, 3, 2))).isEqualTo(0.2, within(1e-15));
    }

    @Test
    void theDenominatorIsFlooredAt1eMinus8() {
        assertThat(GradientCheck.relativeError(vector(0, 0), vector(0, 0))).isZero();
        assertThat(GradientCheck.relativeError(vector(1e-10), vector(0))).isEqualTo(1e-2, within(1e-15));
        assertThat(GradientCheck.relativeError(vector(1e-6), vector(0))).isEqualTo(1.0);
    }

    @Test
    void zeroForEqualOneForSignFlipAThirdForDoubleOnRandomGradients() {
        for (int trial = 0; trial < 5; trial++) {
            SplittableRandom random = Seeds.random("GradientCheckTests.laws." + trial);
            INDArray g = RandomTensors.gaussian(random, 3, 4);
            INDArray other = RandomTensors.gaussian(random, 3, 4);
            assertThat(GradientCheck.relativeError(g, g.dup())).isZero();
            assertThat(GradientCheck.relativeError(g, g.neg())).isEqualTo(1.0);
            assertThat(GradientCheck.relativeError(g.mul(2), g)).isEqualTo(1.0 / 3, within(1e-15));
            assertThat(GradientCheck.relativeError(g, other)).isEqualTo(GradientCheck.relativeError(other, g))
                    .isBetween(0.0, 1.0);
        }
    }

    @Test
    void aShapeMismatchIsAnErrorNamingBothShapes() {
        INDArray g = Nd4j.zeros(DataType.DOUBLE, 2, 3);
        assertThatThrownBy(() -> GradientCheck.relativeError(g, Nd4j.zeros(DataType.DOUBLE, 3, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, 3]").hasMessageContaining("[3, 2]");
        assertThatThrownBy(() -> GradientCheck.relativeError(g, Nd4j.zeros(DataType.DOUBLE, 6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nanInEitherGradientGivesNanSoNoThresholdPasses() {
        assertThat(GradientCheck.relativeError(vector(1, Double.NaN, 3), vector(1, 2, 3))).isNaN();
        assertThat(GradientCheck.relativeError(vector(1, 2, 3), vector(Double.NaN, 2, 3))).isNaN();
    }

    @Test
    void mixedDataTypesAreComparedInDouble() {
        INDArray g = RandomTensors.uniform(Seeds.random("GradientCheckTests.float"), 0.5, 2.0, 10);
        double error = GradientCheck.relativeError(g, g.castTo(DataType.FLOAT));
        // Float rounding is a relative 2⁻²⁴ at most, halved by the |a| + |n| denominator.
        assertThat(error).isPositive().isLessThanOrEqualTo(Math.pow(2, -25));
    }
}
