package org.dlcourse.transfer;

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

    static void requireMatrix(String name, INDArray matrix, long columns) {
        if (matrix == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (matrix.rank() != 2 || matrix.rows() < 1 || matrix.columns() != columns) {
            throw new IllegalArgumentException(name + " must be a matrix with at least one row and " + columns
                    + " columns, got shape " + Arrays.toString(matrix.shape()));
        }
        if (matrix.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException(name + " must be DOUBLE, got " + matrix.dataType());
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
                throw new IllegalArgumentException("label " + labels[n] + " of row " + n + " is outside [0, "
                        + classes + ")");
            }
        }
    }

    static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }

    static void requireRate(String name, double value) {
        if (!Double.isFinite(value) || value < 0.0) {
            throw new IllegalArgumentException(name + " must be finite and ≥ 0, got " + value);
        }
    }
}
