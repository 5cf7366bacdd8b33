package org.dlcourse.regularization;

import java.util.List;
import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Early stopping with patience that restores the best weights, as Keras's
 * {@code EarlyStopping(patience=P, restore_best_weights=True)} with {@code min_delta = 0} (Prechelt, "Early
 * stopping — but when?", in Neural Networks: Tricks of the Trade, 1998; Goodfellow, Bengio, Courville, Deep
 * Learning, 2016, Algorithm 7.1).
 *
 * <p>Epochs are numbered 1, 2, …. After each epoch the validation loss is measured; an epoch improves when its
 * loss is strictly below the best so far (NaN never improves). The run stops after the first epoch e with
 * e − bestEpoch ≥ P, i.e. after P epochs in a row without improvement, or after the last allowed epoch; then the
 * weights of the best epoch are copied back into the parameters (the initial weights if no epoch improved).
 */
public final class EarlyStopping {

    private final int patience;

    /**
     * Early stopping with patience P.
     *
     * @param patience P ≥ 1, the number of epochs without improvement after which training stops
     */
    public EarlyStopping(int patience) {
        if (patience < 1) {
            throw new IllegalArgumentException("the patience must be at least 1 epoch, got " + patience);
        }
        this.patience = patience;
    }

    /** The patience P. */
    public int patience() {
        return patience;
    }

    /**
     * Trains with early stopping (class comment).
     *
     * @param maxEpochs      the largest number of epochs, ≥ 1
     * @param parameters     the model's parameters, changed in place by {@code trainOneEpoch} and restored at the end
     * @param trainOneEpoch  trains the model for one epoch
     * @param validationLoss the model's current validation loss
     * @return the best epoch, its loss and the losses of all epochs run
     */
    public EarlyStoppingResult run(int maxEpochs, List<INDArray> parameters, Runnable trainOneEpoch,
            DoubleSupplier validationLoss) {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("need at least one epoch, got maxEpochs = " + maxEpochs);
        }
        Checks.requireNonNull("parameters", parameters);
        Checks.requireNonNull("trainOneEpoch", trainOneEpoch);
        Checks.requireNonNull("validationLoss", validationLoss);
        throw new UnsupportedOperationException("TODO: keep a copy of the best weights (initially the current ones); per epoch train, measure, record; an epoch improves if loss < best; stop once epoch − bestEpoch ≥ patience; finally assign the best copies back into the parameters.");
    }

}
