package org.dlcourse.regularization;

/** Trains one model on a fold's training samples (it may use the fold's validation samples, e.g. to stop early). */
@FunctionalInterface
public interface FoldTrainer {

    /** A classifier trained on {@code fold.train()}. */
    Classifier train(Fold fold);
}
