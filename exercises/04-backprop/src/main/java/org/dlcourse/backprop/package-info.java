/**
 * Exercise 04: backpropagation by hand through a one-hidden-layer ReLU network,
 * x → affine (W1, b1) → ReLU → affine (W2, b2) → softmax cross-entropy, with an optional L2 penalty, trained by
 * mini-batch SGD.
 *
 * <p>Shapes follow PyTorch's {@code nn.Linear}: a batch X is {@code [N, D]} (one example per row), a weight matrix
 * is {@code [out, in]}, a bias is a vector of length {@code out}, and an affine layer computes Y = X·Wᵀ + b.
 * Lecture: {@code lectures/04-backprop.md}. Write the gradients yourself with ND4J's matrix products, element-wise
 * operations and reductions; ND4J's automatic differentiation (SameDiff), built-in layers, activations and loss
 * functions are off limits for this exercise.
 */
package org.dlcourse.backprop;
