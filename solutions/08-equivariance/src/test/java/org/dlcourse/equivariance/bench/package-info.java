/**
 * Measurements behind lecture 08 (instructor only, not tests): the discretization error of the lifting layer
 * against resolution, kernel size and angle ({@link org.dlcourse.equivariance.bench.DiscretizationStudy}) and the
 * rotated Fashion-MNIST experiment ({@link org.dlcourse.equivariance.bench.RotatedFashionMnist}), whose small CNNs
 * are trained by {@link org.dlcourse.equivariance.bench.TinyCnn}.
 */
package org.dlcourse.equivariance.bench;
