package org.dlcourse.softmax;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Softmax row by row, with plain loops over doubles. */
public final class Softmax {

    private Softmax() {
    }

    public static INDArray softmax(INDArray logits) {
        INDArray log = logSoftmax(logits);
        double[][] values = log.toDoubleMatrix();
        for (double[] row : values) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.exp(row[j]);
            }
        }
        return Nd4j.createFromArray(values);
    }

    public static INDArray logSoftmax(INDArray logits) {
        Inputs.requireLogits(logits);
        double[][] rows = logits.toDoubleMatrix();
        double[][] result = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double largest = Double.NEGATIVE_INFINITY;
            for (double value : rows[i]) {
                largest = Math.max(largest, value);
            }
            double total = 0;
            for (double value : rows[i]) {
                total += Math.exp(value - largest);
            }
            double normalizer = largest + Math.log(total);
            result[i] = new double[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                result[i][j] = rows[i][j] - normalizer;
            }
        }
        return Nd4j.createFromArray(result);
    }
}
