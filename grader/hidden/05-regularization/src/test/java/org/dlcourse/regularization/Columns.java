package org.dlcourse.regularization;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Per-column statistics of a batch, computed in plain Java as an independent oracle. */
final class Columns {

    private Columns() {
    }

    static double[] means(INDArray x) {
        double[][] values = x.toDoubleMatrix();
        double[] means = new double[values[0].length];
        for (double[] row : values) {
            for (int j = 0; j < row.length; j++) {
                means[j] += row[j] / values.length;
            }
        }
        return means;
    }

    /** The biased variance (1/n)·Σ(x − μ)² of each column. */
    static double[] variances(INDArray x) {
        double[][] values = x.toDoubleMatrix();
        double[] means = means(x);
        double[] variances = new double[means.length];
        for (double[] row : values) {
            for (int j = 0; j < row.length; j++) {
                variances[j] += (row[j] - means[j]) * (row[j] - means[j]) / values.length;
            }
        }
        return variances;
    }

    /** The sum over the rows of column j of a ⊙ b. */
    static double dot(INDArray a, INDArray b, int j) {
        double sum = 0.0;
        for (int i = 0; i < a.rows(); i++) {
            sum += a.getDouble(i, j) * b.getDouble(i, j);
        }
        return sum;
    }

    /** The sum of |a| over the rows of column j. */
    static double absoluteSum(INDArray a, int j) {
        double sum = 0.0;
        for (int i = 0; i < a.rows(); i++) {
            sum += Math.abs(a.getDouble(i, j));
        }
        return sum;
    }

    static boolean everyVarianceAtLeast(INDArray x, double minimum) {
        for (double variance : variances(x)) {
            if (variance < minimum) {
                return false;
            }
        }
        return true;
    }
}
