/**
 * Exercise 08: symmetry by construction. Networks whose layers commute with a group action, f(g·x) = g·f(x),
 * checked as a law on random inputs and group elements.
 *
 * <p>The groups and their actions: the quarter turns C4 ({@link org.dlcourse.equivariance.QuarterTurn}) and the
 * symmetries of the square D4 ({@link org.dlcourse.equivariance.DihedralElement}) acting on images and on C4 feature
 * maps ({@link org.dlcourse.equivariance.ImageActions}). The layers: a lifting convolution (image → C4 feature
 * maps, {@link org.dlcourse.equivariance.LiftingConvolution}), a group convolution (C4 → C4,
 * {@link org.dlcourse.equivariance.GroupConvolution}), orientation and global pooling
 * ({@link org.dlcourse.equivariance.Pooling}) and a rotation-invariant classifier
 * ({@link org.dlcourse.equivariance.C4Classifier}). Sets: a permutation-equivariant layer
 * ({@link org.dlcourse.equivariance.EquivariantSetLayer}) and an invariant head
 * ({@link org.dlcourse.equivariance.InvariantSetHead}). The continuous group SO(2): rotation-invariant features of
 * planar point clouds ({@link org.dlcourse.equivariance.PointCloudFeatures}), the equivariance error of any map
 * ({@link org.dlcourse.equivariance.EquivarianceError}) and what discretization does to it
 * ({@link org.dlcourse.equivariance.BilinearRotation}, {@link org.dlcourse.equivariance.DiscretizationError}).
 *
 * <p>Lecture: {@code lectures/08-equivariance.md}. Images are DOUBLE {@code INDArray}s of shape [C, n, n]
 * (square, so that a quarter turn maps the pixel grid onto itself), C4 feature maps [C, 4, n, n]. The layers are
 * small, so the reference solution loops over {@code double[]} copies; ND4J's per-operation overhead would cost more
 * than the arithmetic. Ready-made rotations, flips and convolutions of ND4J are off limits for this exercise.
 */
package org.dlcourse.equivariance;
