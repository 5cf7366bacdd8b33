package org.dlcourse.sgd;

/**
 * The hyper-parameters of {@link Sgd}, with the names, defaults and checks of PyTorch's {@code torch.optim.SGD}.
 *
 * <p>PyTorch rejects a negative learning rate, momentum or weight decay, and Nesterov momentum without a
 * positive momentum or with a non-zero dampening; so does this record, with PyTorch's messages. Stricter than
 * PyTorch, it also rejects NaN and infinite values (PyTorch's {@code lr < 0} test lets NaN through).
 *
 * @param learningRate lr ≥ 0, the step size
 * @param momentum     μ ≥ 0; 0 turns momentum off
 * @param dampening    τ, the buffer takes (1 − τ)·g of each new gradient after the first step; 0 by default
 * @param weightDecay  wd ≥ 0, the L2 penalty (wd/2)·‖θ‖² whose gradient wd·θ is added to the gradient
 * @param nesterov     Nesterov momentum; requires μ &gt; 0 and τ = 0
 */
public record SgdSettings(double learningRate, double momentum, double dampening, double weightDecay,
        boolean nesterov) {

    /** Checks the values as PyTorch does (see the class comment). */
    public SgdSettings {
        Checks.requireFinite("the learning rate", learningRate);
        Checks.requireFinite("the momentum", momentum);
        Checks.requireFinite("the dampening", dampening);
        Checks.requireFinite("the weight decay", weightDecay);
        if (learningRate < 0.0) {
            throw new IllegalArgumentException("Invalid learning rate: " + learningRate);
        }
        if (momentum < 0.0) {
            throw new IllegalArgumentException("Invalid momentum value: " + momentum);
        }
        if (weightDecay < 0.0) {
            throw new IllegalArgumentException("Invalid weight_decay value: " + weightDecay);
        }
        if (nesterov && (momentum <= 0.0 || dampening != 0.0)) {
            throw new IllegalArgumentException("Nesterov momentum requires a momentum and zero dampening");
        }
    }

    /** Plain SGD, θ ← θ − lr·g: no momentum, no dampening, no weight decay. */
    public static SgdSettings plain(double learningRate) {
        return new SgdSettings(learningRate, 0.0, 0.0, 0.0, false);
    }

    /** These settings with momentum μ. */
    public SgdSettings withMomentum(double momentum) {
        return new SgdSettings(learningRate, momentum, dampening, weightDecay, nesterov);
    }

    /** These settings with dampening τ. */
    public SgdSettings withDampening(double dampening) {
        return new SgdSettings(learningRate, momentum, dampening, weightDecay, nesterov);
    }

    /** These settings with weight decay wd. */
    public SgdSettings withWeightDecay(double weightDecay) {
        return new SgdSettings(learningRate, momentum, dampening, weightDecay, nesterov);
    }

    /** These settings with Nesterov momentum on or off; turning it on needs a momentum set first. */
    public SgdSettings withNesterov(boolean nesterov) {
        return new SgdSettings(learningRate, momentum, dampening, weightDecay, nesterov);
    }
}
