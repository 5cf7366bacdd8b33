package org.dlcourse.finitewidth;

/** The mean relative Frobenius error ‖K̂_p − K‖_F/‖K‖_F of the empirical kernel of p features over seeds. */
public record ConvergencePoint(int width, double meanRelativeError) {
}
