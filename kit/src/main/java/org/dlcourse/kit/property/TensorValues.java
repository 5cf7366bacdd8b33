package org.dlcourse.kit.property;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between tensors and the plain Java arrays in which generators compute their values. */
final class TensorValues {

    private TensorValues() {
    }

    /** The elements of {@code tensor} as doubles in row-major (C) order, whatever its dtype, order or view. */
    static double[] rowMajor(INDArray tensor) {
        return tensor.castTo(DataType.DOUBLE).dup('c').reshape(tensor.length()).toDoubleVector();
    }

    /** The number of elements of a tensor of {@code shape}. */
    static long length(long[] shape) {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    /**
     * A new tensor of {@code shape} and {@code dataType} holding {@code rowMajor}; created from Java values so
     * that it is the same on every backend (ND4J's RNG is never involved).
     */
    static INDArray create(double[] rowMajor, long[] shape, DataType dataType) {
        INDArray tensor = Nd4j.create(rowMajor, shape, DataType.DOUBLE);
        return dataType == DataType.DOUBLE ? tensor : tensor.castTo(dataType);
    }
}
