package org.dlcourse.regularization;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Checks of the arguments the classes of this exercise receive, so that a wrong call fails with a message saying
 * what is wrong instead of a shape error deep inside ND4J. Given to students complete.
 */
final class Checks {

    private Checks() {
    }

    static void requireMatrix(String name, INDArray matrix) {
        if (matrix == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (matrix.rank() != 2 || matrix.rows() < 1 || matrix.columns() < 1) {
            throw new IllegalArgumentException(name + " must be a matrix with at least one row and column, got shape "
                    + Arrays.toString(matrix.shape()));
        }
        if (matrix.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException(name + " must be DOUBLE, got " + matrix.dataType());
        }
    }

    static void requireSameShape(String name, INDArray actual, INDArray expected) {
        requireMatrix(name, actual);
        if (!Arrays.equals(actual.shape(), expected.shape())) {
            throw new IllegalArgumentException(name + " must have shape " + Arrays.toString(expected.shape())
                    + ", got " + Arrays.toString(actual.shape()));
        }
    }

    static void requireNonNegativeFinite(String name, double value) {
        if (!Double.isFinite(value) || value < 0.0) {
            throw new IllegalArgumentException(name + " must be finite and non-negative, got " + value);
        }
    }

    static <T> T requireNonNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
