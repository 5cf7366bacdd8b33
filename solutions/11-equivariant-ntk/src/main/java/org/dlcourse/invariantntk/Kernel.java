package org.dlcourse.invariantntk;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A kernel between batches of square images, K[i][j] = k(x_i, x′_j). Given to students complete. */
@FunctionalInterface
public interface Kernel {

    /**
     * The kernel matrix between two batches.
     *
     * @param images1 DOUBLE [N1, s, s]
     * @param images2 DOUBLE [N2, s, s]
     * @return DOUBLE [N1, N2]
     */
    INDArray matrix(INDArray images1, INDArray images2);
}
