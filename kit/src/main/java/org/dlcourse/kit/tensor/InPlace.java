package org.dlcourse.kit.tensor;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** In-place updates of ND4J arrays at the cost of one BLAS call. */
public final class InPlace {

    private InPlace() {
    }

    /**
     * y ← y + α·x in place (BLAS level 1 "axpy"; Lawson et al., "Basic Linear Algebra Subprograms for Fortran
     * Usage", 1979).
     *
     * <p>One BLAS call (~1 µs) when both arrays are whole (not views) and laid out alike; otherwise
     * {@code y.addi(x.mul(α))}, two ND4J operations (~40 µs each; lecture 02, "Performance"). {@code x} is not
     * modified.
     *
     * @param alpha α
     * @param x     an array of y's shape and data type
     * @param y     the array updated
     */
    public static void addScaled(double alpha, INDArray x, INDArray y) {
        if (!x.equalShapes(y) || x.dataType() != y.dataType()) {
            throw new IllegalArgumentException("x and y must have the same shape and data type");
        }
        if (!x.isView() && !y.isView() && x.ordering() == y.ordering()) {
            Nd4j.getBlasWrapper().level1().axpy(y.length(), alpha, x, y);
        } else {
            y.addi(x.mul(alpha));
        }
    }
}
