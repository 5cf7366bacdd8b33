/**
 * Measurements behind lecture 11 (instructor only, not tests): the cost of full-orbit augmentation against the
 * invariant kernel, their agreement, and the invariance error of partial augmentation, drawing the lecture's figures
 * ({@link org.dlcourse.invariantntk.bench.LectureExperiments}).
 */
package org.dlcourse.invariantntk.bench;
