package org.dlcourse.equivariance;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Checks of the arguments the layers receive and the copies they compute on, so that a wrong call fails with a
 * message that says what is wrong instead of an index error. Given to students complete.
 */
final class Inputs {

    private Inputs() {
    }

    /** Requires a DOUBLE array of the given rank. */
    static void requireRank(INDArray array, int rank, String name, String layout) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (array.rank() != rank) {
            throw new IllegalArgumentException(name + " must have shape " + layout + ", got shape "
                    + Arrays.toString(array.shape()));
        }
        if (array.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException(name + " must be DOUBLE, got " + array.dataType());
        }
    }

    /** Requires the last two axes of {@code array} to be equal (a square image or filter). */
    static int requireSquare(INDArray array, String name) {
        long[] shape = array.shape();
        if (shape.length < 2 || shape[shape.length - 1] != shape[shape.length - 2] || shape[shape.length - 1] < 1) {
            throw new IllegalArgumentException(name + " must be square in its last two axes (a quarter turn maps the"
                    + " grid onto itself only then), got shape " + Arrays.toString(shape));
        }
        return (int) shape[shape.length - 1];
    }

    /** Requires an odd kernel size: only then has a filter a centre pixel to rotate about. */
    static int requireOddKernel(INDArray weights) {
        int k = requireSquare(weights, "the filters");
        if (k % 2 == 0) {
            throw new IllegalArgumentException("the kernel size must be odd (a filter needs a centre pixel to be"
                    + " rotated about), got " + k);
        }
        return k;
    }

    static void requireAxis(INDArray array, int axis, long size, String name, String what) {
        if (array.size(axis) != size) {
            throw new IllegalArgumentException(name + " has " + array.size(axis) + " " + what + ", expected " + size);
        }
    }

    static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }

    /** A row-major copy of the values. */
    static double[] values(INDArray array) {
        return array.dup('c').data().asDouble();
    }

    /** A new DOUBLE array of the given shape holding {@code values} in row-major order. */
    static INDArray array(double[] values, long... shape) {
        return Nd4j.create(values, shape, DataType.DOUBLE);
    }
}
