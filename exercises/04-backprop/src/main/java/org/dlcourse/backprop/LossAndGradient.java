package org.dlcourse.backprop;

/**
 * The loss of a network on a batch and its gradient with respect to every parameter.
 *
 * @param loss     the mean cross-entropy plus the L2 penalty
 * @param gradient ∂loss/∂W1, ∂loss/∂b1, ∂loss/∂W2, ∂loss/∂b2, each with the shape of its parameter
 */
public record LossAndGradient(double loss, Parameters gradient) {
}
