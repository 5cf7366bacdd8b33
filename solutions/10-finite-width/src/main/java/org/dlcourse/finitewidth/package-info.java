/**
 * Exercise 10: between the infinite-width limit of exercise 07 and the classical bias–variance trade-off of
 * exercise 03 — random ReLU features and their kernel limit, minimum-norm least squares and ridge, and double
 * descent through the interpolation threshold p = n.
 *
 * <p>{@link org.dlcourse.finitewidth.RandomReluFeatures} is the hidden layer of 07's depth-1 network in the NTK
 * parameterization, frozen, with the readout's σ_w/√p folded in: φ(x)·φ(x′) tends to
 * {@link org.dlcourse.finitewidth.ArcCosineKernel}, 07's depth-1 ReLU NNGP without its readout bias;
 * {@link org.dlcourse.finitewidth.KernelConvergence} measures the p^(−1/2) law;
 * {@link org.dlcourse.finitewidth.MinimumNorm} solves least squares of any shape through the given
 * {@link org.dlcourse.finitewidth.JacobiSvd}; {@link org.dlcourse.finitewidth.DoubleDescent} sweeps the width p
 * (or the sample size n) and decomposes the test error into bias² and variance over draws.
 *
 * <p>Lecture: {@code lectures/10-finite-width.md}. Everything is in double precision on {@code double[]} arrays.
 */
package org.dlcourse.finitewidth;
