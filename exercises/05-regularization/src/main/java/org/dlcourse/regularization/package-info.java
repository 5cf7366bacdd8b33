/**
 * Exercise 05: regularization. The L2 penalty and decoupled weight decay, inverted dropout, batch normalization
 * (train and eval mode, forward and backward, with PyTorch's {@code BatchNorm1d} semantics), early stopping that
 * restores the best weights, K-fold splits and a K-model ensemble, and label-preserving image augmentation.
 *
 * <p>Given: {@link org.dlcourse.regularization.Mode}, the records, {@link org.dlcourse.regularization.Classifier}
 * and the argument checks. Yours: {@link org.dlcourse.regularization.WeightDecay},
 * {@link org.dlcourse.regularization.Dropout}, {@link org.dlcourse.regularization.BatchNorm1d},
 * {@link org.dlcourse.regularization.EarlyStopping}, {@link org.dlcourse.regularization.KFold},
 * {@link org.dlcourse.regularization.Ensemble} and {@link org.dlcourse.regularization.Augmentation}.
 *
 * <p>Convention, used everywhere in this exercise and in lecture 05: the L2 penalty with coefficient λ is
 * (λ/2)·‖w‖², whose gradient is λ·w (PyTorch's {@code weight_decay = λ}).
 *
 * <p>Lecture: {@code lectures/05-regularization.md}. ND4J's batch-normalization and dropout ops, its random
 * distributions, its regularization classes, {@code Nd4j.nn()}, SameDiff and DL4J are off limits in this package.
 */
package org.dlcourse.regularization;
