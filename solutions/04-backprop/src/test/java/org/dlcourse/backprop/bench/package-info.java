/**
 * Measurements behind lecture 04 (instructor only, not tests): the reference result on Fashion-MNIST
 * ({@link org.dlcourse.backprop.bench.ReferenceRun}), the training throughput against PyTorch
 * ({@link org.dlcourse.backprop.bench.ThroughputBenchmark}) and the learning-dynamics experiment on two
 * super-classes ({@link org.dlcourse.backprop.bench.LearningDynamicsRun}).
 */
package org.dlcourse.backprop.bench;
