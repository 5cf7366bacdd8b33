/**
 * Exercise 01: softmax, log-softmax and the cross-entropy loss with its gradient, for a batch of logits
 * of shape {@code [N, C]} (N examples, C classes; the class axis is axis 1).
 *
 * <p>Lecture: {@code lectures/01-softmax.md}. Implement with ND4J element-wise and reduction operations;
 * ND4J's own softmax, log-softmax and loss functions are off limits for this exercise.
 */
package org.dlcourse.softmax;
