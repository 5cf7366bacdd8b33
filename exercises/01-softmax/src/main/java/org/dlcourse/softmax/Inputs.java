package org.dlcourse.softmax;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Checks of the arguments every function of this exercise receives, so a wrong call fails with a message
 * that says what is wrong instead of a shape error deep inside ND4J. Given to students complete.
 */
final class Inputs {

    /** How far a target row's sum may stray from 1 (float targets carry ~1e-7 rounding per element). */
    static final double TARGET_ROW_SUM_TOLERANCE = 1e-6;

    private Inputs() {
    }

    static void requireLogits(INDArray logits) {
        if (logits == null) {
            throw new IllegalArgumentException("logits must not be null");
        }
        if (logits.rank() != 2 || logits.rows() < 1 || logits.columns() < 1) {
            throw new IllegalArgumentException("logits must be a matrix of shape [N, C] with N, C >= 1, got shape "
                    + Arrays.toString(logits.shape()));
        }
        if (!logits.dataType().isFPType()) {
            throw new IllegalArgumentException("logits must be floating point, got " + logits.dataType());
        }
        if (logits.isInfinite().any() || logits.isNaN().any()) {
            throw new IllegalArgumentException("logits must be finite (no NaN or infinity)");
        }
    }

    static void requireLabels(INDArray logits, int[] labels) {
        requireLogits(logits);
        if (labels == null) {
            throw new IllegalArgumentException("labels must not be null");
        }
        if (labels.length != logits.rows()) {
            throw new IllegalArgumentException("expected one label per row of logits: " + logits.rows()
                    + " rows but " + labels.length + " labels");
        }
        requireLabelRange(labels, logits.columns());
    }

    static void requireLabelRange(int[] labels, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("the number of classes must be at least 1, got " + classes);
        }
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= classes) {
                throw new IllegalArgumentException("label " + labels[n] + " at row " + n
                        + " is outside [0, " + classes + ")");
            }
        }
    }

    static void requireTargets(INDArray logits, INDArray targets) {
        requireLogits(logits);
        if (targets == null) {
            throw new IllegalArgumentException("targets must not be null");
        }
        if (!Arrays.equals(logits.shape(), targets.shape())) {
            throw new IllegalArgumentException("targets must have the shape of the logits "
                    + Arrays.toString(logits.shape()) + ", got " + Arrays.toString(targets.shape()));
        }
        if (targets.dataType() != logits.dataType()) {
            throw new IllegalArgumentException("targets must have the data type of the logits (" + logits.dataType()
                    + "), got " + targets.dataType());
        }
        if (targets.isInfinite().any() || targets.isNaN().any() || targets.minNumber().doubleValue() < 0) {
            throw new IllegalArgumentException("targets must be finite and non-negative");
        }
        INDArray rowSums = targets.sum(1);
        for (int n = 0; n < rowSums.length(); n++) {
            double sum = rowSums.getDouble(n);
            if (Math.abs(sum - 1.0) > TARGET_ROW_SUM_TOLERANCE) {
                throw new IllegalArgumentException("row " + n + " of targets sums to " + sum
                        + ", not 1: targets must be probability vectors (one-hot or soft labels)");
            }
        }
    }
}
