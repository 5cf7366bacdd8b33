package org.dlcourse.ntk;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a forward pass of a {@link FullyConnectedNetwork} keeps for the backward pass, for a batch of N inputs.
 *
 * @param layerInputs    h_0 = x, h_1, …, h_L: the input of every dense layer, h_l of shape [N, n_l]
 * @param preActivations z_1, …, z_L, z_{L+1}: the output of every dense layer, z_l of shape [N, n_l]; the last,
 *                       [N, 1], is the network's output
 */
public record ForwardPass(List<INDArray> layerInputs, List<INDArray> preActivations) {

    public ForwardPass {
        layerInputs = List.copyOf(layerInputs);
        preActivations = List.copyOf(preActivations);
    }

    /** The outputs f(x_i) as a vector [N]. */
    public INDArray output() {
        INDArray last = preActivations.get(preActivations.size() - 1);
        return last.reshape(last.length()).dup();
    }
}
