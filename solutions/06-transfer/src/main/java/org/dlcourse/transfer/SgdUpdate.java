package org.dlcourse.transfer;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One step of {@code torch.optim.SGD} on one parameter, with momentum μ and weight decay wd (no dampening, no
 * Nesterov). Given complete (exercise 02 derives it).
 *
 * <pre>
 *   g ← ∇θ + wd·θ
 *   b ← g at the first step, μ·b + g after     (only if μ ≠ 0; then g ← b)
 *   θ ← θ − lr·g
 * </pre>
 */
public final class SgdUpdate {

    private SgdUpdate() {
    }

    /**
     * Updates {@code parameter}'s value in place from its gradient, which is not modified.
     *
     * @param buffer the parameter's momentum buffer from its previous step, null before its first step
     * @return the buffer to pass at the parameter's next step (null when μ = 0)
     */
    public static INDArray apply(Parameter parameter, INDArray buffer, double learningRate, double momentum,
            double weightDecay) {
        INDArray theta = parameter.value();
        INDArray direction = parameter.gradient().dup();
        if (weightDecay != 0.0) {
            direction.addi(theta.mul(weightDecay));
        }
        INDArray nextBuffer = null;
        if (momentum != 0.0) {
            nextBuffer = buffer == null ? direction : buffer.muli(momentum).addi(direction);
            direction = nextBuffer;
        }
        theta.subi(direction.mul(learningRate));
        return nextBuffer;
    }
}
