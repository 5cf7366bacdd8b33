package org.dlcourse.finitewidth;

/**
 * The Monte-Carlo decomposition at n training points and p features: test error = bias² + variance, exactly (all
 * three averaged over the test inputs; the variance is the population variance over the draws, dividing by M).
 */
public record DecompositionPoint(int n, int p, double testError, double biasSquared, double variance) {
}
