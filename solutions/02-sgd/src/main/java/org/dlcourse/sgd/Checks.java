package org.dlcourse.sgd;

import java.util.Arrays;
import java.util.List;
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
        if (!matrix.dataType().isFPType()) {
            throw new IllegalArgumentException(name + " must be floating point, got " + matrix.dataType());
        }
    }

    static void requireLabels(INDArray logits, int[] labels) {
        requireMatrix("logits", logits);
        if (labels == null) {
            throw new IllegalArgumentException("labels must not be null");
        }
        if (labels.length != logits.rows()) {
            throw new IllegalArgumentException("expected one label per row: " + logits.rows() + " rows but "
                    + labels.length + " labels");
        }
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= logits.columns()) {
                throw new IllegalArgumentException("label " + labels[n] + " of row " + n + " is outside [0, "
                        + logits.columns() + ")");
            }
        }
    }

    static void requireTensors(String name, List<INDArray> tensors) {
        if (tensors == null || tensors.isEmpty()) {
            throw new IllegalArgumentException(name + " must be a non-empty list");
        }
        for (int i = 0; i < tensors.size(); i++) {
            INDArray tensor = tensors.get(i);
            if (tensor == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            if (!tensor.dataType().isFPType()) {
                throw new IllegalArgumentException(name + "[" + i + "] must be floating point, got "
                        + tensor.dataType());
            }
        }
    }

    static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }
}
