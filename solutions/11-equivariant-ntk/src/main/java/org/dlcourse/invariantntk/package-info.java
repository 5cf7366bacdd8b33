/**
 * Exercise 11: infinite-width networks with symmetry — the invariant NTK, and symmetry against data augmentation.
 *
 * <p>{@link org.dlcourse.invariantntk.Symmetry} is an element of D4 acting on square images as a permutation of their
 * pixels; {@link org.dlcourse.invariantntk.InvariantKernel} averages a base kernel over a {@link
 * org.dlcourse.invariantntk.Group} (C4 or D4): the NNGP and NTK of the group-averaged network
 * f_G(x) = (1/|G|) Σ_g f(g·x); {@link org.dlcourse.invariantntk.Augmentation} builds orbit-augmented training sets and
 * {@link org.dlcourse.invariantntk.InvariantRegression} compares kernel regression with the invariant kernel against
 * kernel regression with the base kernel on the augmented set; {@link org.dlcourse.invariantntk.InvarianceError}
 * measures how far a predictor is from invariant.
 *
 * <p>Given complete: the base kernels of a fully connected ReLU network ({@link
 * org.dlcourse.invariantntk.FullyConnectedKernel}, exercise 07's analytic recursion with neural-tangents'
 * {@code stax} conventions) and kernel regression ({@link org.dlcourse.invariantntk.KernelRegression}).
 * Lecture: {@code lectures/11-equivariant-ntk.md}. Everything is in double precision.
 */
package org.dlcourse.invariantntk;
