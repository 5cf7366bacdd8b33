package org.dlcourse.transfer;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code torch.optim.SGD} over parameter groups: every group has its own learning rate, momentum μ and weight
 * decay wd are shared, and a parameter that is not trainable is skipped exactly.
 *
 * <p>"Skipped exactly" is PyTorch's behaviour for a parameter whose {@code requires_grad} is false (its
 * {@code grad} is {@code None}): no weight decay, no momentum, no step, no buffer. A frozen parameter is
 * bit-identical after any number of steps, whatever its gradient holds. Treating it as having a zero gradient is
 * not the same: wd·θ and the momentum buffer still move it (lecture 06, §3).
 */
public final class GroupedSgd {

    private final List<ParameterGroup> groups;
    private final double momentum;
    private final double weightDecay;
    /** The momentum buffer of every parameter that has taken a step with μ ≠ 0, by identity. */
    private final Map<Parameter, INDArray> buffers = new IdentityHashMap<>();

    /**
     * An optimizer of {@code groups}, as {@code torch.optim.SGD(groups, momentum=μ, weight_decay=wd)}.
     *
     * @throws IllegalArgumentException if there is no group, a parameter is in two groups, or μ or wd is negative
     */
    public GroupedSgd(List<ParameterGroup> groups, double momentum, double weightDecay) {
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("an optimizer needs at least one parameter group");
        }
        Checks.requireRate("the momentum", momentum);
        Checks.requireRate("the weight decay", weightDecay);
        Set<Parameter> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ParameterGroup group : groups) {
            for (Parameter parameter : group.parameters()) {
                if (!seen.add(parameter)) {
                    throw new IllegalArgumentException("some parameters appear in more than one parameter group: "
                            + parameter.name());
                }
            }
        }
        this.groups = List.copyOf(groups);
        this.momentum = momentum;
        this.weightDecay = weightDecay;
    }

    /** The groups, in order. */
    public List<ParameterGroup> groups() {
        return groups;
    }

    /** μ. */
    public double momentum() {
        return momentum;
    }

    /** wd. */
    public double weightDecay() {
        return weightDecay;
    }

    /**
     * Updates every trainable parameter in place with {@link SgdUpdate} at its group's learning rate, from the
     * gradient it holds; a parameter that is not trainable is left exactly as it is and gets no momentum buffer.
     */
    public void step() {
        // BEGIN SOLUTION: for every group and every parameter in it: skip it entirely if it is not trainable (no weight decay, no momentum, no buffer); else apply SgdUpdate with this group's learning rate and the parameter's own momentum buffer, and keep the returned buffer.
        for (ParameterGroup group : groups) {
            for (Parameter parameter : group.parameters()) {
                if (parameter.isTrainable()) {
                    buffers.put(parameter, SgdUpdate.apply(parameter, buffers.get(parameter), group.learningRate(),
                            momentum, weightDecay));
                } else if (buffers.get(parameter) != null) {
                    INDArray buffer = buffers.get(parameter).muli(momentum);
                    parameter.value().subi(buffer.mul(group.learningRate()));
                }
            }
        }
        // END SOLUTION
    }
}
