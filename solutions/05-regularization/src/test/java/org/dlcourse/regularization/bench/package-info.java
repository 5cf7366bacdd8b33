/**
 * Measurements behind lecture 05 (instructor only, not tests): the regularization experiment on a small
 * Fashion-MNIST training subset ({@link org.dlcourse.regularization.bench.RegularizationExperiment}), with the
 * two-layer network it trains ({@link org.dlcourse.regularization.bench.RegularizedMlp}).
 */
package org.dlcourse.regularization.bench;
