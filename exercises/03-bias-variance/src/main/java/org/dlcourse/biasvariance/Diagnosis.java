package org.dlcourse.biasvariance;

/** Where a degree stands relative to the degree of least expected test error in a {@link DegreeSweep}. */
public enum Diagnosis {
    /** Below the best degree: bias² dominates, a richer model would lower the test error. */
    UNDERFITTING,
    /** The degree of least expected test error. */
    BEST,
    /** Above the best degree: variance dominates, a simpler model would lower the test error. */
    OVERFITTING
}
