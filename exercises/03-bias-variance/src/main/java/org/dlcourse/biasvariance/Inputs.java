package org.dlcourse.biasvariance;

import java.util.Arrays;

/**
 * Checks of the arguments every function of this exercise receives, so a wrong call fails with a message
 * that says what is wrong instead of an index error or a silent NaN. Given to students complete.
 */
final class Inputs {

    private Inputs() {
    }

    static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }

    static void requireFinite(double[] values, String name) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
    }

    static void requireDegree(int degree) {
        if (degree < 0) {
            throw new IllegalArgumentException("the degree must be at least 0, got " + degree);
        }
    }

    static void requireInterval(double lo, double hi) {
        requireFinite(lo, "lo");
        requireFinite(hi, "hi");
        if (!(lo <= hi) || !Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException("need an interval lo <= hi of finite width, got [" + lo + ", " + hi + "]");
        }
    }

    static void requireSystem(double[][] a, double[] b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("the matrix A and the right-hand side b must not be null");
        }
        if (a.length == 0 || a[0] == null || a[0].length == 0) {
            throw new IllegalArgumentException("A must have at least one row and one column");
        }
        int columns = a[0].length;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null || a[i].length != columns) {
                throw new IllegalArgumentException("A must be rectangular: row 0 has " + columns + " columns, row " + i
                        + " has " + (a[i] == null ? "none" : a[i].length));
            }
            requireFinite(a[i], "A[" + i + "]");
        }
        if (a.length < columns) {
            throw new IllegalArgumentException("least squares needs at least as many rows as columns, got "
                    + a.length + " × " + columns);
        }
        requireFinite(b, "b");
        if (b.length != a.length) {
            throw new IllegalArgumentException("b must have one entry per row of A: " + a.length + " rows but "
                    + b.length + " entries");
        }
    }

    static void requireFitData(double[] x, double[] y, int degree) {
        requireFinite(x, "x");
        requireFinite(y, "y");
        requireDegree(degree);
        if (x.length != y.length) {
            throw new IllegalArgumentException("need one y per x: " + x.length + " x but " + y.length + " y");
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int distinct = 1;
        for (int i = 1; i < sorted.length; i++) {
            distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
        }
        if (distinct <= degree) {
            throw new IllegalArgumentException("a polynomial of degree " + degree + " needs at least " + (degree + 1)
                    + " distinct x values to be determined, got " + distinct);
        }
    }

    static void requireCoefficients(double[] coefficients) {
        requireFinite(coefficients, "coefficients");
    }

    static void requirePredictions(double[][] predictions, double[] truth, double noiseVariance) {
        requireFinite(truth, "truth");
        if (predictions == null || predictions.length == 0) {
            throw new IllegalArgumentException("need the predictions of at least one trained model");
        }
        for (int m = 0; m < predictions.length; m++) {
            requireFinite(predictions[m], "predictions[" + m + "]");
            if (predictions[m].length != truth.length) {
                throw new IllegalArgumentException("predictions[" + m + "] has " + predictions[m].length
                        + " entries, one per test point is " + truth.length);
            }
        }
        requireFinite(noiseVariance, "the noise variance");
        if (noiseVariance < 0) {
            throw new IllegalArgumentException("the noise variance must be >= 0, got " + noiseVariance);
        }
    }

    static void requireExperiment(Problem problem, int degree, int trainingSize, int repetitions, double[] testX) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        requireDegree(degree);
        if (trainingSize <= degree) {
            throw new IllegalArgumentException("a polynomial of degree " + degree + " needs training sets of at least "
                    + (degree + 1) + " points, got " + trainingSize);
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("need at least one repetition, got " + repetitions);
        }
        requireFinite(testX, "testX");
    }

    static void requireSizes(int[] trainingSizes) {
        if (trainingSizes == null || trainingSizes.length == 0) {
            throw new IllegalArgumentException("need at least one training-set size");
        }
    }
}
