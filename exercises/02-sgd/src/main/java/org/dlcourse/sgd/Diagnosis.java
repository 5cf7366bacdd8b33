package org.dlcourse.sgd;

/**
 * What a pair of loss curves says about a training run (lecture 02, §4, "Label the loss curves"); the precise
 * criteria are those of {@link LossCurveDiagnosis#diagnose}.
 */
public enum Diagnosis {

    /**
     * The training loss grows, blows up from its best value, or is NaN or infinite: the learning rate is too high
     * (or the step goes up the gradient, which lowering the learning rate does not cure; lecture 02, §4).
     */
    DIVERGING,

    /** The training loss hardly moves: nothing is learned (a learning rate of ~0, dead gradients, a bug). */
    NOT_LEARNING,

    /** The validation loss has turned up from its minimum while the training loss falls: stop earlier, regularize. */
    OVERFITTING,

    /** The training loss falls steadily and is still falling as fast at the end: raise the learning rate. */
    LR_TOO_LOW,

    /** The training loss fell and levelled off, and the validation loss did not turn up. */
    HEALTHY
}
