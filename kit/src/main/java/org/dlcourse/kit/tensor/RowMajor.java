package org.dlcourse.kit.tensor;

import org.nd4j.linalg.api.ndarray.INDArray;

/** The values of an ND4J array as Java doubles in row-major ('c') order, for loops that beat ND4J operations. */
public final class RowMajor {

    private RowMajor() {
    }

    /**
     * The values of {@code array} in row-major order: element (i, j) of an [R, C] matrix at index i·C + j.
     *
     * <p>A whole (not a view) 'c'-ordered array's buffer already holds exactly its values in that order and is read
     * as it is; a view or an 'f'-ordered array is copied into a 'c'-ordered one first. The result is always a new
     * Java array; {@code array} is not modified.
     *
     * @param array any floating-point array
     * @return a new array of {@code array.length()} doubles
     */
    public static double[] values(INDArray array) {
        INDArray rowMajor = array.isView() || array.ordering() != 'c' ? array.dup('c') : array;
        return rowMajor.data().asDouble();
    }
}
