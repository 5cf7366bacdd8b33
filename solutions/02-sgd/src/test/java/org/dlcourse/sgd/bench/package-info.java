/**
 * Measurements behind lecture 02 (instructor only, not tests): the reference result on Fashion-MNIST
 * ({@link org.dlcourse.sgd.bench.ReferenceRun}) and the training throughput against PyTorch
 * ({@link org.dlcourse.sgd.bench.ThroughputBenchmark}).
 */
package org.dlcourse.sgd.bench;
