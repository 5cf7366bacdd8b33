package org.dlcourse.backprop;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Checks of the arguments the functions of this exercise receive, so a wrong call fails with a message that says
 * what is wrong instead of a shape error deep inside ND4J. Given to students complete.
 */
final class Inputs {

    private Inputs() {
    }

    static void requireMatrix(INDArray matrix, String name) {
        if (matrix == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (matrix.rank() != 2 || matrix.rows() < 1 || matrix.columns() < 1) {
            throw new IllegalArgumentException(name + " must be a matrix with at least one row and one column, got shape "
                    + Arrays.toString(matrix.shape()));
        }
        requireFloatingPoint(matrix, name);
    }

    static void requireVector(INDArray vector, long length, String name) {
        if (vector == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (vector.rank() != 1 || vector.length() != length) {
            throw new IllegalArgumentException(name + " must be a vector of length " + length + ", got shape "
                    + Arrays.toString(vector.shape()));
        }
        requireFloatingPoint(vector, name);
    }

    static void requireShape(INDArray array, String name, long... shape) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (!Arrays.equals(array.shape(), shape)) {
            throw new IllegalArgumentException(name + " must have shape " + Arrays.toString(shape) + ", got "
                    + Arrays.toString(array.shape()));
        }
        requireFloatingPoint(array, name);
    }

    static void requireSameType(INDArray array, INDArray reference, String name, String referenceName) {
        if (array.dataType() != reference.dataType()) {
            throw new IllegalArgumentException(name + " must have the data type of " + referenceName + " ("
                    + reference.dataType() + "), got " + array.dataType());
        }
    }

    static void requireLabels(int[] labels, long rows, long classes) {
        if (labels == null) {
            throw new IllegalArgumentException("labels must not be null");
        }
        if (labels.length != rows) {
            throw new IllegalArgumentException("expected one label per row: " + rows + " rows but " + labels.length
                    + " labels");
        }
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= classes) {
                throw new IllegalArgumentException("label " + labels[n] + " at row " + n + " is outside [0, " + classes
                        + ")");
            }
        }
    }

    static void requireNonNegative(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and non-negative, got " + value);
        }
    }

    private static void requireFloatingPoint(INDArray array, String name) {
        if (!array.dataType().isFPType()) {
            throw new IllegalArgumentException(name + " must be floating point, got " + array.dataType());
        }
    }
}
