package org.dlcourse.softmax;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The hidden tests' own softmax, written as plain double loops with the log-sum-exp trick, independent of
 * ND4J's reductions and of the student's code: log p_c = (z_c − m) − log Σ_k exp(z_k − m), m = max_k z_k.
 */
final class SoftmaxOracle {

    private SoftmaxOracle() {
    }

    static double[][] logSoftmax(double[][] logits) {
        double[][] result = new double[logits.length][];
        for (int n = 0; n < logits.length; n++) {
            double[] row = logits[n];
            double max = Double.NEGATIVE_INFINITY;
            for (double z : row) {
                max = Math.max(max, z);
            }
            double sum = 0.0;
            for (double z : row) {
                sum += Math.exp(z - max);
            }
            double logSum = Math.log(sum);
            result[n] = new double[row.length];
            for (int c = 0; c < row.length; c++) {
                result[n][c] = row[c] - max - logSum;
            }
        }
        return result;
    }

    static double[][] softmax(double[][] logits) {
        double[][] result = logSoftmax(logits);
        for (double[] row : result) {
            for (int c = 0; c < row.length; c++) {
                row[c] = Math.exp(row[c]);
            }
        }
        return result;
    }

    /** −(1/N) Σ_n Σ_c Y_nc log p_nc. */
    static double crossEntropy(double[][] logits, double[][] targets) {
        double[][] logP = logSoftmax(logits);
        double sum = 0.0;
        for (int n = 0; n < logits.length; n++) {
            for (int c = 0; c < logits[n].length; c++) {
                sum += targets[n][c] * logP[n][c];
            }
        }
        return -sum / logits.length;
    }

    /** (P − Y) / N. */
    static double[][] gradient(double[][] logits, double[][] targets) {
        double[][] p = softmax(logits);
        for (int n = 0; n < p.length; n++) {
            for (int c = 0; c < p[n].length; c++) {
                p[n][c] = (p[n][c] - targets[n][c]) / logits.length;
            }
        }
        return p;
    }

    static double[][] oneHot(int[] labels, int classes) {
        double[][] y = new double[labels.length][classes];
        for (int n = 0; n < labels.length; n++) {
            y[n][labels[n]] = 1.0;
        }
        return y;
    }

    static double[][] toArray(INDArray matrix) {
        return matrix.toDoubleMatrix();
    }

    static INDArray toNd(double[][] values) {
        return Nd4j.create(values);
    }
}
