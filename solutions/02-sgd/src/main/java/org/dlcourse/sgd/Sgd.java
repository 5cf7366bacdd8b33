package org.dlcourse.sgd;

import java.util.Arrays;
import java.util.List;
import org.dlcourse.kit.tensor.InPlace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Stochastic gradient descent with momentum, dampening, Nesterov momentum and weight decay, with the semantics
 * of PyTorch's {@code torch.optim.SGD} (documentation of {@code torch.optim.SGD}, "Algorithm"; Sutskever,
 * Martens, Dahl, Hinton, "On the importance of initialization and momentum in deep learning", ICML 2013).
 *
 * <p>One {@link #step} updates every parameter θ with its gradient g, in this order:
 * <pre>
 *   g ← g + wd·θ                               (if wd ≠ 0; θ before the step)
 *   if μ ≠ 0:
 *       b ← g                  at the first step
 *       b ← μ·b + (1 − τ)·g    at every later step
 *       g ← g + μ·b            if nesterov, else  g ← b
 *   θ ← θ − lr·g
 * </pre>
 * Each parameter has its own momentum buffer b, kept between steps. Weight decay is added to the gradient before
 * the momentum (the L2 penalty (wd/2)·‖θ‖²), unlike AdamW's decoupled decay. The gradients passed to
 * {@link #step} are never modified.
 */
public final class Sgd {

    private final List<INDArray> parameters;
    private final SgdSettings settings;
    /** The momentum buffer b of each parameter; null until the parameter's first step with μ ≠ 0. */
    private final INDArray[] momentumBuffers;

    /**
     * An optimizer of {@code parameters}, updated in place by {@link #step}, as {@code torch.optim.SGD(params, ...)}.
     *
     * @param parameters the tensors to optimize (e.g. {@link SoftmaxRegression#parameters()}), at least one
     * @param settings   the hyper-parameters
     */
    public Sgd(List<INDArray> parameters, SgdSettings settings) {
        Checks.requireTensors("parameters", parameters);
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        this.parameters = List.copyOf(parameters);
        this.settings = settings;
        this.momentumBuffers = new INDArray[parameters.size()];
    }

    /** The parameters this optimizer updates, the arrays themselves. */
    public List<INDArray> parameters() {
        return parameters;
    }

    /** The hyper-parameters. */
    public SgdSettings settings() {
        return settings;
    }

    /**
     * Updates every parameter in place by one step (see the class comment).
     *
     * @param gradients one gradient per parameter, in the order and with the shapes and data types of
     *                  {@link #parameters()}; not modified
     */
    public void step(List<INDArray> gradients) {
        Checks.requireTensors("gradients", gradients);
        if (gradients.size() != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " gradients, one per parameter, got "
                    + gradients.size());
        }
        for (int i = 0; i < parameters.size(); i++) {
            INDArray parameter = parameters.get(i);
            INDArray gradient = gradients.get(i);
            if (!Arrays.equals(parameter.shape(), gradient.shape()) || parameter.dataType() != gradient.dataType()) {
                throw new IllegalArgumentException("gradient " + i + " is " + gradient.dataType()
                        + Arrays.toString(gradient.shape()) + " but its parameter is " + parameter.dataType()
                        + Arrays.toString(parameter.shape()));
            }
        }
        // BEGIN SOLUTION: update every parameter in place in torch.optim.SGD's order (class comment): weight decay into the gradient, momentum buffer (b = g at the first step), Nesterov look-ahead, then θ ← θ − lr·g; never modify the gradients.
        double momentum = settings.momentum();
        for (int i = 0; i < parameters.size(); i++) {
            INDArray parameter = parameters.get(i);
            INDArray direction = gradients.get(i);
            if (settings.weightDecay() != 0.0) {
                direction = direction.dup();
                InPlace.addScaled(settings.weightDecay(), parameter, direction);
            }
            if (momentum != 0.0) {
                if (momentumBuffers[i] == null) {
                    momentumBuffers[i] = direction.dup();
                } else {
                    momentumBuffers[i].muli(momentum);
                    InPlace.addScaled(1.0 - settings.dampening(), direction, momentumBuffers[i]);
                }
                if (settings.nesterov()) {
                    direction = direction.dup();
                    InPlace.addScaled(momentum, momentumBuffers[i], direction);
                } else {
                    direction = momentumBuffers[i];
                }
            }
            InPlace.addScaled(-settings.learningRate(), direction, parameter);
        }
        // END SOLUTION
    }
}
