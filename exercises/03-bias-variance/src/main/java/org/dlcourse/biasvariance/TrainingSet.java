package org.dlcourse.biasvariance;

/**
 * A sample of n input–target pairs (x_i, y_i).
 *
 * @param x the inputs
 * @param y the noisy targets, one per input
 */
public record TrainingSet(double[] x, double[] y) {

    public TrainingSet {
        Inputs.requireFinite(x, "x");
        Inputs.requireFinite(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("need one y per x: " + x.length + " x but " + y.length + " y");
        }
    }
}
