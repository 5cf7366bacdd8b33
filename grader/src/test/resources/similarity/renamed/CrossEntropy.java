package org.dlcourse.softmax;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Cross entropy, written by me. */
public final class CrossEntropy {
    private CrossEntropy() { }

    public static double loss(INDArray scores, int[] y) {
        Inputs.requireLabels(scores, y);
        INDArray lp = Softmax.logSoftmax(scores);
        double total = 0.0;
        for (int i = 0; i < y.length; i++) { total += lp.getDouble(i, y[i]); }
        return -total / y.length;
    }

    public static double loss(INDArray scores, INDArray t) {
        Inputs.requireTargets(scores, t);
        INDArray lp = Softmax.logSoftmax(scores);
        return -lp.mul(t).sumNumber().doubleValue() / scores.rows();
    }

    public static INDArray gradient(INDArray scores, int[] y) {
        Inputs.requireLabels(scores, y);
        INDArray g = Softmax.softmax(scores);
        for (int i = 0; i < y.length; i++) {
            g.putScalar(i, y[i], g.getDouble(i, y[i]) - 1.0);
        }
        return g.divi(y.length);
    }

    public static INDArray gradient(INDArray scores, INDArray t) {
        Inputs.requireTargets(scores, t);
        return Softmax.softmax(scores).subi(t).divi(scores.rows());
    }

    public static INDArray oneHot(int[] y, int k) {
        Inputs.requireLabelRange(y, k);
        INDArray result = Nd4j.zeros(DataType.DOUBLE, y.length, k);
        for (int i = 0; i < y.length; i++) {
            result.putScalar(i, y[i], 1.0);
        }
        return result;
    }
}
