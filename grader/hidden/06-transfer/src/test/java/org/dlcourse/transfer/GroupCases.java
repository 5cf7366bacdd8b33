package org.dlcourse.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.property.Gen;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Optimizer runs over parameter groups: 1–3 groups of 1–2 parameters (vectors of length 1–4, values in [−3, 3]),
 * every group with its own learning rate in [0, 0.5] (distinct with probability 1), each parameter frozen with
 * probability 1/3, momentum and weight decay drawn from a few values, 1–5 steps with a gradient in [−3, 3] per
 * parameter and step.
 */
final class GroupCases {

    private GroupCases() {
    }

    /**
     * A run: {@code start[g][p]} is parameter p of group g, {@code frozen[g][p]} whether it is frozen,
     * {@code gradients[s][g][p]} its gradient at step s.
     */
    record GroupRun(double[] rates, double momentum, double weightDecay, double[][][] start, boolean[][] frozen,
            double[][][][] gradients) {

        List<ParameterGroup> groups() {
            List<ParameterGroup> groups = new ArrayList<>();
            for (int g = 0; g < start.length; g++) {
                List<Parameter> parameters = new ArrayList<>();
                for (int p = 0; p < start[g].length; p++) {
                    Parameter parameter = new Parameter("g" + g + ".p" + p,
                            Nd4j.createFromArray(start[g][p].clone()).castTo(DataType.DOUBLE));
                    parameter.setTrainable(!frozen[g][p]);
                    parameters.add(parameter);
                }
                groups.add(new ParameterGroup("group " + g, parameters, rates[g]));
            }
            return groups;
        }

        /** The student's GroupedSgd through every step; the final values. */
        double[][][] runStudent() {
            List<ParameterGroup> groups = groups();
            GroupedSgd optimizer = new GroupedSgd(groups, momentum, weightDecay);
            for (double[][][] step : gradients) {
                setGradients(groups, step);
                optimizer.step();
            }
            return values(groups);
        }

        /**
         * The oracle: torch.optim.SGD per parameter in plain Java, g ← ∇ + wd·θ, b ← g then μb + g, θ ← θ − lr·b,
         * with the parameter's group's lr; frozen parameters skipped.
         */
        double[][][] runOracle() {
            double[][][] theta = deepCopy(start);
            double[][][] buffers = new double[start.length][][];
            for (int g = 0; g < start.length; g++) {
                buffers[g] = new double[start[g].length][];
            }
            for (double[][][] step : gradients) {
                for (int g = 0; g < theta.length; g++) {
                    for (int p = 0; p < theta[g].length; p++) {
                        if (frozen[g][p]) {
                            continue;
                        }
                        double[] t = theta[g][p];
                        double[] d = new double[t.length];
                        for (int i = 0; i < t.length; i++) {
                            d[i] = step[g][p][i] + weightDecay * t[i];
                        }
                        if (momentum != 0.0) {
                            if (buffers[g][p] == null) {
                                buffers[g][p] = d.clone();
                            } else {
                                for (int i = 0; i < t.length; i++) {
                                    buffers[g][p][i] = momentum * buffers[g][p][i] + d[i];
                                }
                            }
                            d = buffers[g][p].clone();
                        }
                        for (int i = 0; i < t.length; i++) {
                            t[i] -= rates[g] * d[i];
                        }
                    }
                }
            }
            return theta;
        }

        static void setGradients(List<ParameterGroup> groups, double[][][] step) {
            for (int g = 0; g < groups.size(); g++) {
                for (int p = 0; p < step[g].length; p++) {
                    groups.get(g).parameters().get(p).gradient()
                            .assign(Nd4j.createFromArray(step[g][p]).castTo(DataType.DOUBLE));
                }
            }
        }

        static double[][][] values(List<ParameterGroup> groups) {
            return groups.stream().map(group -> group.parameters().stream()
                    .map(p -> p.value().dup().data().asDouble()).toArray(double[][]::new)).toArray(double[][][]::new);
        }

        @Override
        public String toString() {
            return "lr per group " + Arrays.toString(rates) + ", momentum " + momentum + ", weight decay "
                    + weightDecay + ", frozen " + Arrays.deepToString(frozen) + ", start " + Arrays.deepToString(start)
                    + ", " + gradients.length + " steps, gradients " + Arrays.deepToString(gradients);
        }
    }

    static double[][][] deepCopy(double[][][] values) {
        return Arrays.stream(values).map(g -> Arrays.stream(g).map(double[]::clone).toArray(double[][]::new))
                .toArray(double[][][]::new);
    }

    /**
     * Runs whose settings come from the given choices; {@code frozenProbability} is the chance that a parameter is
     * frozen.
     */
    static Gen<GroupRun> runs(double[] momenta, double[] decays, double frozenProbability, int minGroups) {
        return new Gen<>() {
            @Override
            public GroupRun sample(SplittableRandom random) {
                int groupCount = minGroups + random.nextInt(4 - minGroups);
                double[] rates = new double[groupCount];
                double[][][] start = new double[groupCount][][];
                boolean[][] frozen = new boolean[groupCount][];
                for (int g = 0; g < groupCount; g++) {
                    rates[g] = 0.5 * random.nextDouble();
                    int count = 1 + random.nextInt(2);
                    start[g] = new double[count][];
                    frozen[g] = new boolean[count];
                    for (int p = 0; p < count; p++) {
                        start[g][p] = uniform(random, 1 + random.nextInt(4));
                        frozen[g][p] = random.nextDouble() < frozenProbability;
                    }
                }
                int steps = 1 + random.nextInt(5);
                double[][][][] gradients = new double[steps][groupCount][][];
                for (int s = 0; s < steps; s++) {
                    for (int g = 0; g < groupCount; g++) {
                        gradients[s][g] = new double[start[g].length][];
                        for (int p = 0; p < start[g].length; p++) {
                            gradients[s][g][p] = uniform(random, start[g][p].length);
                        }
                    }
                }
                return new GroupRun(rates, momenta[random.nextInt(momenta.length)],
                        decays[random.nextInt(decays.length)], start, frozen, gradients);
            }
        };
    }

    private static double[] uniform(SplittableRandom random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = 6.0 * random.nextDouble() - 3.0;
        }
        return values;
    }
}
