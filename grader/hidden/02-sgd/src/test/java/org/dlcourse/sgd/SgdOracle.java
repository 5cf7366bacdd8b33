package org.dlcourse.sgd;

/**
 * The hidden tests' own SGD, plain double loops over flattened parameters, written from the algorithm box of
 * PyTorch's {@code torch.optim.SGD} documentation and independent of ND4J and of the student's code:
 * <pre>
 *   d ← g + wd·θ;  b ← d (first step) or μ·b + (1 − τ)·d;  d ← d + μ·b (nesterov) or b;  θ ← θ − lr·d
 * </pre>
 * with the buffer used only when μ ≠ 0. Checked against PyTorch itself by {@code PyTorchReferenceTests}.
 */
final class SgdOracle {

    private final SgdSettings settings;
    private final double[][] buffers;

    SgdOracle(SgdSettings settings, int parameterCount) {
        this.settings = settings;
        this.buffers = new double[parameterCount][];
    }

    /** One step on every parameter, in place; the gradients are left unchanged. */
    void step(double[][] parameters, double[][] gradients) {
        for (int p = 0; p < parameters.length; p++) {
            double[] theta = parameters[p];
            double[] direction = gradients[p].clone();
            for (int i = 0; i < theta.length; i++) {
                direction[i] += settings.weightDecay() * theta[i];
            }
            if (settings.momentum() != 0.0) {
                if (buffers[p] == null) {
                    buffers[p] = direction.clone();
                } else {
                    for (int i = 0; i < theta.length; i++) {
                        buffers[p][i] = settings.momentum() * buffers[p][i]
                                + (1.0 - settings.dampening()) * direction[i];
                    }
                }
                for (int i = 0; i < theta.length; i++) {
                    direction[i] = settings.nesterov()
                            ? direction[i] + settings.momentum() * buffers[p][i]
                            : buffers[p][i];
                }
            }
            for (int i = 0; i < theta.length; i++) {
                theta[i] -= settings.learningRate() * direction[i];
            }
        }
    }
}
