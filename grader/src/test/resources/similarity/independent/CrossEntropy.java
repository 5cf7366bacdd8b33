package org.dlcourse.softmax;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Cross-entropy through one-hot targets: the label forms reuse the target forms. */
public final class CrossEntropy {

    private CrossEntropy() {
    }

    public static double loss(INDArray logits, int[] labels) {
        Inputs.requireLabels(logits, labels);
        return loss(logits, oneHot(labels, (int) logits.columns()));
    }

    public static double loss(INDArray logits, INDArray targets) {
        Inputs.requireTargets(logits, targets);
        double[][] log = Softmax.logSoftmax(logits).toDoubleMatrix();
        double[][] weights = targets.toDoubleMatrix();
        double sum = 0;
        for (int i = 0; i < log.length; i++) {
            for (int j = 0; j < log[i].length; j++) {
                sum -= weights[i][j] * log[i][j];
            }
        }
        return sum / log.length;
    }

    public static INDArray gradient(INDArray logits, int[] labels) {
        Inputs.requireLabels(logits, labels);
        return gradient(logits, oneHot(labels, (int) logits.columns()));
    }

    public static INDArray gradient(INDArray logits, INDArray targets) {
        Inputs.requireTargets(logits, targets);
        INDArray probabilities = Softmax.softmax(logits);
        INDArray difference = probabilities.sub(targets);
        return difference.mul(1.0 / logits.rows());
    }

    public static INDArray oneHot(int[] labels, int classes) {
        Inputs.requireLabelRange(labels, classes);
        double[][] encoded = new double[labels.length][classes];
        for (int n = 0; n < labels.length; n++) {
            encoded[n][labels[n]] = 1;
        }
        return Nd4j.createFromArray(encoded).castTo(DataType.DOUBLE);
    }
}
