package org.dlcourse.transfer;

import java.util.Arrays;

/**
 * The shape of a {@link Backbone}: the input width, the width of every hidden layer and whether each hidden layer
 * is batch-normalised before its ReLU. Given complete.
 *
 * @param inputs    the number of input features, ≥ 1
 * @param hidden    the widths of the hidden layers, at least one, each ≥ 1; the last is the feature width
 * @param batchNorm whether every hidden layer is affine → batch norm → ReLU (else affine → ReLU)
 */
public record Architecture(int inputs, int[] hidden, boolean batchNorm) {

    /** Checks the widths and copies {@code hidden}. */
    public Architecture {
        Checks.requirePositive("inputs", inputs);
        if (hidden == null || hidden.length == 0) {
            throw new IllegalArgumentException("a backbone needs at least one hidden layer");
        }
        hidden = hidden.clone();
        for (int width : hidden) {
            Checks.requirePositive("every hidden width", width);
        }
    }

    /** The widths of the hidden layers (a copy). */
    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /** The width of the features the backbone outputs: the last hidden width. */
    public int features() {
        return hidden[hidden.length - 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Architecture that && inputs == that.inputs && batchNorm == that.batchNorm
                && Arrays.equals(hidden, that.hidden);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * inputs + Arrays.hashCode(hidden)) + Boolean.hashCode(batchNorm);
    }

    @Override
    public String toString() {
        return "Architecture[" + inputs + " → " + Arrays.toString(hidden) + (batchNorm ? ", batch norm" : "") + "]";
    }
}
