package org.dlcourse.backprop;

import java.util.Arrays;

/**
 * Checks of the plain-array arguments of the learning-dynamics functions ({@link NeuronGeometry},
 * {@link RankCorrelation}, {@link NeuronClustering}, {@link NeuronRace}), so a wrong call fails with a message that
 * says what is wrong. Given to students complete.
 */
final class VectorInputs {

    private VectorInputs() {
    }

    /** At least one row, all rows of one positive length, every entry finite. */
    static void requireRows(double[][] rows, String name) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row");
        }
        for (int j = 0; j < rows.length; j++) {
            if (rows[j] == null || rows[j].length == 0 || rows[j].length != rows[0].length) {
                throw new IllegalArgumentException(name + " must have rows of one positive length; row " + j
                        + " has " + (rows[j] == null ? "none" : rows[j].length + " entries") + ", row 0 has "
                        + (rows[0] == null ? "none" : rows[0].length));
            }
            requireFinite(rows[j], name + " row " + j);
        }
    }

    static void requireSameLength(double[] first, double[] second, String firstName, String secondName) {
        if (first == null || second == null) {
            throw new IllegalArgumentException(firstName + " and " + secondName + " must not be null");
        }
        if (first.length != second.length) {
            throw new IllegalArgumentException(firstName + " and " + secondName + " must have the same length, got "
                    + first.length + " and " + second.length);
        }
        requireFinite(first, firstName);
        requireFinite(second, secondName);
    }

    static void requireNonzero(double norm, String name) {
        if (norm == 0.0) {
            throw new IllegalArgumentException(name + " is the zero vector: its direction, and any angle to it, is"
                    + " undefined");
        }
    }

    static void requireFinite(double[] values, String name) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must be finite, got " + values[i] + " at " + i + " in "
                        + (values.length <= 8 ? Arrays.toString(values) : "an array of length " + values.length));
            }
        }
    }
}
