package org.dlcourse.regularization;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A trained classifier: class probabilities for a batch of inputs. Given to students complete. */
@FunctionalInterface
public interface Classifier {

    /**
     * The predicted class probabilities.
     *
     * @param x an n×features batch
     * @return an n×C matrix whose rows are probability distributions over the C classes
     */
    INDArray probabilities(INDArray x);

    /** The most probable class of each row (the lowest index among ties). */
    default int[] predict(INDArray x) {
        INDArray probabilities = probabilities(x);
        int[] classes = new int[probabilities.rows()];
        for (int i = 0; i < classes.length; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < probabilities.columns(); c++) {
                double p = probabilities.getDouble(i, c);
                if (p > best) {
                    best = p;
                    classes[i] = c;
                }
            }
        }
        return classes;
    }
}
