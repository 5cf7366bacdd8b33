package org.dlcourse.kit.assertions;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Copies of ND4J tensors as plain Java doubles, for comparisons that must not depend on the tensor's data type. */
public final class Tensors {

    private Tensors() {
    }

    /**
     * The elements of {@code tensor} in row-major ('c') order, converted to double.
     *
     * <p>Works for views, any ordering and any numeric data type; the result is always a fresh array.
     */
    public static double[] toDoubleArray(INDArray tensor) {
        if (tensor.isEmpty()) {
            return new double[0];
        }
        // dup('c') materialises views and 'f'-ordered arrays so that the buffer is exactly the elements in order.
        return tensor.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    /** The elements of a rank-2 {@code tensor} as {@code double[rows][columns]}. */
    public static double[][] toDoubleMatrix(INDArray tensor) {
        if (tensor.rank() != 2) {
            throw new IllegalArgumentException("expected a matrix (rank 2), but the tensor has shape "
                    + Arrays.toString(tensor.shape()));
        }
        int rows = Math.toIntExact(tensor.rows());
        int columns = Math.toIntExact(tensor.columns());
        double[] flat = toDoubleArray(tensor);
        double[][] matrix = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * columns, matrix[r], 0, columns);
        }
        return matrix;
    }
}
