package org.dlcourse.regularization;

/**
 * Whether a layer runs for training or for evaluation, as PyTorch's {@code module.train()} and
 * {@code module.eval()}: dropout drops only in {@link #TRAIN}, batch normalization uses the batch's statistics in
 * {@link #TRAIN} and its running estimates in {@link #EVAL}.
 */
public enum Mode {
    /** Training: random dropout masks, batch statistics, running estimates updated. */
    TRAIN,
    /** Evaluation: dropout is the identity, batch normalization uses its running estimates and changes nothing. */
    EVAL
}
