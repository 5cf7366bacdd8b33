package org.dlcourse.regularization.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.random.RandomTensors;
import org.dlcourse.regularization.BatchNorm1d;
import org.dlcourse.regularization.BatchNormGradients;
import org.dlcourse.regularization.Dropout;
import org.dlcourse.regularization.Mode;
import org.dlcourse.regularization.WeightDecay;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * x → affine (784→H) → [batch norm] → ReLU → [dropout p] → affine (H→10) → softmax cross-entropy, trained by plain
 * SGD on the mean loss plus (λ/2)·(‖W₁‖² + ‖W₂‖²) (biases, γ and β are not penalized). He initialization.
 */
final class RegularizedMlp {

    private final INDArray w1;
    private final INDArray b1;
    private final INDArray w2;
    private final INDArray b2;
    private final BatchNorm1d batchNorm;
    private final Dropout dropout;
    // Kept between forward and backward.
    private INDArray input;
    private INDArray preActivation;
    private INDArray hidden;
    private INDArray dropped;

    RegularizedMlp(int inputs, int hiddenUnits, int classes, boolean useBatchNorm, double dropoutP,
            SplittableRandom random) {
        w1 = RandomTensors.gaussian(random, inputs, hiddenUnits).muli(Math.sqrt(2.0 / inputs));
        b1 = Nd4j.zeros(DataType.DOUBLE, 1, hiddenUnits);
        w2 = RandomTensors.gaussian(random, hiddenUnits, classes).muli(Math.sqrt(2.0 / hiddenUnits));
        b2 = Nd4j.zeros(DataType.DOUBLE, 1, classes);
        batchNorm = useBatchNorm ? new BatchNorm1d(hiddenUnits) : null;
        dropout = dropoutP > 0.0 ? new Dropout(dropoutP, random.split()) : null;
    }

    /** Every trainable tensor (what early stopping saves and restores); the running BN estimates are extra state. */
    List<INDArray> parameters() {
        return batchNorm == null ? List.of(w1, b1, w2, b2)
                : List.of(w1, b1, w2, b2, batchNorm.gamma(), batchNorm.beta(), batchNorm.runningMean(),
                        batchNorm.runningVar());
    }

    INDArray logits(INDArray x, Mode mode) {
        input = x;
        preActivation = x.mmul(w1).addiRowVector(b1);
        INDArray normalized = batchNorm == null ? preActivation : batchNorm.forward(preActivation, mode);
        hidden = Transforms.relu(normalized, true);
        dropped = dropout == null ? hidden : dropout.forward(hidden, mode);
        return dropped.mmul(w2).addiRowVector(b2);
    }

    /** One SGD step on a batch; returns the batch's mean cross-entropy. */
    double trainStep(INDArray x, int[] labels, double lr, double lambda) {
        INDArray logits = logits(x, Mode.TRAIN);
        INDArray probabilities = softmax(logits);
        double loss = crossEntropy(probabilities, labels);
        INDArray dLogits = probabilities.subi(oneHot(labels, logits.columns())).divi(labels.length);
        INDArray dW2 = dropped.transpose().mmul(dLogits);
        INDArray dB2 = dLogits.sum(true, 0);
        INDArray dDropped = dLogits.mmul(w2.transpose());
        INDArray dHidden = dropout == null ? dDropped : dropout.backward(dDropped);
        INDArray dNormalized = dHidden.muli(hidden.gt(0.0).castTo(DataType.DOUBLE));
        INDArray dPre = dNormalized;
        if (batchNorm != null) {
            BatchNormGradients gradients = batchNorm.backward(dNormalized);
            dPre = gradients.dx();
            WeightDecay.sgdStepWithL2Penalty(batchNorm.gamma(), gradients.dGamma(), lr, 0.0);
            WeightDecay.sgdStepWithL2Penalty(batchNorm.beta(), gradients.dBeta(), lr, 0.0);
        }
        INDArray dW1 = input.transpose().mmul(dPre);
        INDArray dB1 = dPre.sum(true, 0);
        WeightDecay.sgdStepWithL2Penalty(w1, dW1, lr, lambda);
        WeightDecay.sgdStepWithL2Penalty(b1, dB1, lr, 0.0);
        WeightDecay.sgdStepWithL2Penalty(w2, dW2, lr, lambda);
        WeightDecay.sgdStepWithL2Penalty(b2, dB2, lr, 0.0);
        return loss;
    }

    /** Mean cross-entropy and accuracy in evaluation mode, in chunks to bound memory. */
    double[] evaluate(INDArray x, int[] labels) {
        double lossSum = 0.0;
        int correct = 0;
        int chunk = 2000;
        for (int start = 0; start < labels.length; start += chunk) {
            int end = Math.min(start + chunk, labels.length);
            INDArray probabilities = softmax(logits(x.get(NDArrayIndex.interval(start, end),
                    NDArrayIndex.all()), Mode.EVAL));
            int[] part = Arrays.copyOfRange(labels, start, end);
            lossSum += crossEntropy(probabilities, part) * part.length;
            INDArray predicted = probabilities.argMax(1);
            for (int i = 0; i < part.length; i++) {
                correct += predicted.getInt(i) == part[i] ? 1 : 0;
            }
        }
        return new double[] {lossSum / labels.length, (double) correct / labels.length};
    }

    private static INDArray softmax(INDArray logits) {
        INDArray shifted = logits.subColumnVector(logits.max(true, 1));
        INDArray exp = Transforms.exp(shifted, false);
        return exp.diviColumnVector(exp.sum(true, 1));
    }

    private static double crossEntropy(INDArray probabilities, int[] labels) {
        double sum = 0.0;
        for (int i = 0; i < labels.length; i++) {
            sum -= Math.log(Math.max(probabilities.getDouble(i, labels[i]), Double.MIN_NORMAL));
        }
        return sum / labels.length;
    }

    private static INDArray oneHot(int[] labels, long classes) {
        return RandomTensors.oneHot(labels, (int) classes);
    }
}
