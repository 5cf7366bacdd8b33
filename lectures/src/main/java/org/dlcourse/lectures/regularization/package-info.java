/**
 * Figures of lecture 05 (regularization) that need no training: L2 shrinkage against early stopping on a quadratic,
 * and the statistics of inverted-dropout masks. Computed in plain Java with the kit's seeded randomness and charts;
 * lectures never use the solutions. The training curves of the lecture come from the instructor's experiment runner
 * in {@code solutions/05-regularization} (bench).
 */
package org.dlcourse.lectures.regularization;
