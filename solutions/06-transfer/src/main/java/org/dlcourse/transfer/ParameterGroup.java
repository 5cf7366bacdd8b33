package org.dlcourse.transfer;

import java.util.List;

/**
 * Parameters that share a learning rate, like one entry of the list given to {@code torch.optim.SGD}
 * ({@code [{"params": backbone, "lr": 1e-3}, {"params": head, "lr": 1e-2}]}). Given complete.
 *
 * @param name         for messages, e.g. {@code backbone} or {@code head}
 * @param parameters   the parameters, at least one
 * @param learningRate this group's lr ≥ 0
 */
public record ParameterGroup(String name, List<Parameter> parameters, double learningRate) {

    /** Checks the values and copies the list. */
    public ParameterGroup {
        if (name == null || parameters == null || parameters.isEmpty()) {
            throw new IllegalArgumentException("a parameter group needs a name and at least one parameter");
        }
        parameters = List.copyOf(parameters);
        Checks.requireRate("the learning rate of group " + name, learningRate);
    }
}
