package org.dlcourse.finitewidth;

/** Checks of arguments shared by the exercise's classes; failures name the argument. */
final class Inputs {

    private Inputs() {
    }

    /** A matrix with at least one row, rows of equal length ≥ 1 and finite entries. */
    static void requireMatrix(double[][] a, String name) {
        if (a == null || a.length == 0 || a[0] == null || a[0].length == 0) {
            throw new IllegalArgumentException(name + " must be a matrix with at least one row and one column");
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null || a[i].length != a[0].length) {
                throw new IllegalArgumentException(name + " must have rows of equal length, but row " + i + " differs");
            }
            for (int j = 0; j < a[i].length; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] must be finite, but was " + a[i][j]);
                }
            }
        }
    }

    /** A vector of length n with finite entries. */
    static void requireVector(double[] v, int n, String name) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(name + " must have " + n + " entries, but had "
                    + (v == null ? "none (null)" : v.length));
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, but was " + v[i]);
            }
        }
    }

    /** Two matrices whose rows have the same length. */
    static void requireSameDimension(double[][] x1, double[][] x2) {
        if (x1[0].length != x2[0].length) {
            throw new IllegalArgumentException("both input sets need the same dimension d, but had " + x1[0].length
                    + " and " + x2[0].length);
        }
    }

    static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be ≥ 1, but was " + value);
        }
    }

    static void requireScale(double value, String name) {
        if (!(value >= 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and ≥ 0, but was " + value);
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
