/**
 * Measurements behind lecture 10 (instructor only, not tests): the kernel-convergence, model-wise and sample-wise
 * double-descent experiments that draw the lecture's figures and print their numbers and wall times
 * ({@link org.dlcourse.finitewidth.bench.LectureExperiments}).
 */
package org.dlcourse.finitewidth.bench;
