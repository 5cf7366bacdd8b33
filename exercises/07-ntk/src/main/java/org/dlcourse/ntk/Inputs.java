package org.dlcourse.ntk;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Checks of arguments shared by the exercise's classes; failures name the argument. */
final class Inputs {

    private Inputs() {
    }

    /** A DOUBLE matrix [N, d] with N, d ≥ 1 and finite entries. */
    static void requireInputs(INDArray x, String name) {
        if (x == null || x.rank() != 2 || x.rows() < 1 || x.columns() < 1) {
            throw new IllegalArgumentException(name + " must be a matrix [N, d] with N, d ≥ 1, but was "
                    + (x == null ? "null" : java.util.Arrays.toString(x.shape())));
        }
        requireDouble(x, name);
    }

    /** A DOUBLE vector of length n. */
    static void requireVector(INDArray v, long n, String name) {
        if (v == null || v.length() != n || !(v.rank() == 1 || (v.rank() == 2 && Math.min(v.rows(), v.columns()) == 1))) {
            throw new IllegalArgumentException(name + " must be a vector of length " + n + ", but was "
                    + (v == null ? "null" : java.util.Arrays.toString(v.shape())));
        }
        requireDouble(v, name);
    }

    static void requireDouble(INDArray a, String name) {
        if (a.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException(name + " must be DOUBLE, but was " + a.dataType());
        }
    }

    static void requireSameDimension(INDArray x1, INDArray x2) {
        if (x1.columns() != x2.columns()) {
            throw new IllegalArgumentException("both input sets need the same dimension d, but had " + x1.columns()
                    + " and " + x2.columns());
        }
    }

    /** Row-major copy of a matrix. */
    static double[] rowMajor(INDArray x) {
        return x.dup('c').data().asDouble();
    }
}
