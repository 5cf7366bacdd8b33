/**
 * Exercise 02: multinomial logistic regression on Fashion-MNIST trained by mini-batch stochastic gradient descent,
 * and the diagnosis of its loss curves.
 *
 * <p>Given: the softmax cross-entropy of exercise 01 ({@link org.dlcourse.sgd.SoftmaxCrossEntropy}), the model
 * ({@link org.dlcourse.sgd.SoftmaxRegression}: a linear layer and its gradients), the settings records and the
 * argument checks. Yours: the optimizer with PyTorch's semantics ({@link org.dlcourse.sgd.Sgd}), the seeded
 * mini-batch order ({@link org.dlcourse.sgd.MiniBatches}), the training loop
 * ({@link org.dlcourse.sgd.MiniBatchTrainer}) and the loss-curve diagnosis
 * ({@link org.dlcourse.sgd.LossCurveDiagnosis}).
 *
 * <p>Lecture: {@code lectures/02-sgd.md}. ND4J's updaters and optimizers ({@code org.nd4j.linalg.learning}),
 * SameDiff, and ND4J's softmax and loss functions are off limits in this package.
 */
package org.dlcourse.sgd;
