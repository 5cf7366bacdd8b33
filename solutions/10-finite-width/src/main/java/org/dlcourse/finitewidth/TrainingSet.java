package org.dlcourse.finitewidth;

/** n inputs {@code x} [n][d] and their noisy targets {@code y} [n]. */
public record TrainingSet(double[][] x, double[] y) {
}
