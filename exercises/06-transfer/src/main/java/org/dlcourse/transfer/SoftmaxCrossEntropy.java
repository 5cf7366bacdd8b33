package org.dlcourse.transfer;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The mean softmax cross-entropy of logits Z with labels y and its gradient (softmax(Z) − onehot(y))/N, computed
 * with the max subtracted from every row. Given complete (exercise 01 derives it).
 */
public final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {
    }

    /** L = −(1/N) Σ_n log softmax(Z_n)[y_n]. */
    public static double loss(INDArray logits, int[] labels) {
        Checks.requireLabels(labels, logits.rows(), logits.columns());
        INDArray logProbabilities = logSoftmax(logits);
        double sum = 0.0;
        for (int n = 0; n < labels.length; n++) {
            sum -= logProbabilities.getDouble(n, labels[n]);
        }
        return sum / labels.length;
    }

    /** ∂L/∂Z = (softmax(Z) − onehot(y))/N, a new array. */
    public static INDArray gradient(INDArray logits, int[] labels) {
        Checks.requireLabels(labels, logits.rows(), logits.columns());
        INDArray gradient = Transforms.exp(logSoftmax(logits), false);
        for (int n = 0; n < labels.length; n++) {
            gradient.putScalar(n, labels[n], gradient.getDouble(n, labels[n]) - 1.0);
        }
        return gradient.divi(labels.length);
    }

    private static INDArray logSoftmax(INDArray logits) {
        INDArray shifted = logits.subColumnVector(logits.max(1));
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(1), false);
        return logits.subColumnVector(logits.max(1)).subiColumnVector(logSum);
    }

    /** The predicted class of every row: the index of its largest logit. */
    static int[] predictions(INDArray logits) {
        return Nd4j.argMax(logits, 1).toIntVector();
    }
}
