package org.dlcourse.ntk;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Outputs of the linearized network at one training time.
 *
 * @param time  the training time t: t gradient-descent steps of size η take the linearized network to time t
 * @param train f_t on the training inputs [N]
 * @param test  f_t on the test inputs [M]
 */
public record Predictions(double time, INDArray train, INDArray test) {
}
