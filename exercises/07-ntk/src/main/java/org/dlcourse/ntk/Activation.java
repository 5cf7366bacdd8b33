package org.dlcourse.ntk;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The two activations of the exercise, φ(z) = max(z, 0) and φ(z) = erf(z), with their derivatives. */
public enum Activation {
    /** φ(z) = max(z, 0), φ′(z) = 1 for z &gt; 0 and 0 otherwise. */
    RELU,
    /** φ(z) = erf(z) = (2/√π)·∫₀^z e^(−t²) dt, φ′(z) = (2/√π)·e^(−z²). */
    ERF;

    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    /** φ applied elementwise to a DOUBLE array, as a new array. */
    public INDArray apply(INDArray z) {
        return switch (this) {
            case RELU -> Transforms.max(z, 0.0, true);
            case ERF -> Nd4j.exec(new Erf(z.dup()));
        };
    }

    /** φ′ applied elementwise to a DOUBLE array, as a new array. */
    public INDArray derivative(INDArray z) {
        return switch (this) {
            case RELU -> z.gt(0.0).castTo(DataType.DOUBLE);
            case ERF -> Transforms.exp(z.mul(z).negi(), false).muli(TWO_OVER_SQRT_PI);
        };
    }
}
