/**
 * Exercise 07: the Neural Tangent Kernel of fully connected networks, analytic and empirical.
 *
 * <p>{@link org.dlcourse.ntk.FullyConnectedNetwork} is a network in the NTK parameterization
 * z = (σ_w/√n_in)·W·h + σ_b·b with W, b ~ N(0, 1); {@link org.dlcourse.ntk.EmpiricalNtk} computes
 * Θ(x, x′) = J(x)·J(x′)ᵀ over all its parameters; {@link org.dlcourse.ntk.AnalyticKernels} computes the
 * infinite-width NNGP and NTK by the layer recursion with the conventions of neural-tangents' {@code stax};
 * {@link org.dlcourse.ntk.GradientFlow} solves gradient flow on the MSE loss in closed form, as
 * neural-tangents' {@code gradient_descent_mse}; {@link org.dlcourse.ntk.WidthSweep} and
 * {@link org.dlcourse.ntk.LazyTraining} are the experiments of the lecture.
 *
 * <p>Lecture: {@code lectures/07-ntk.md}. Everything is in double precision. Automatic differentiation (ND4J's
 * SameDiff) is off limits: the gradients are the exercise.
 */
package org.dlcourse.ntk;
