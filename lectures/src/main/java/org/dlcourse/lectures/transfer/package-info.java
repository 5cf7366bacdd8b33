/**
 * Figures of lecture 06 (transfer learning): the feature distortion of fine-tuning in Kumar et al.'s two-layer
 * linear model, computed with ND4J's matrix operations; lectures never use the solutions (the Fashion-MNIST figure of
 * the lecture is drawn by the instructor's experiment beside the reference solution).
 */
package org.dlcourse.lectures.transfer;
