package org.dlcourse.backprop;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Generators of small networks with a labelled batch, the inputs the hidden properties draw. */
final class Networks {

    /** Inputs in [−2, 2] and weights in [−1, 1]: pre-activations of order 1, both signs, scores far from overflow. */
    private static final double INPUT_BOUND = 2.0;

    private Networks() {
    }

    /**
     * A network D → H → C in double precision with a batch of N labelled inputs, an L2 strength, a permutation of
     * the hidden units and a positive scale, for the invariance properties.
     */
    record Case(Parameters parameters, INDArray input, int[] labels, double l2, int[] permutation, double scale) {

        double[][] w1() {
            return parameters.w1().toDoubleMatrix();
        }

        double[] b1() {
            return parameters.b1().toDoubleVector();
        }

        double[][] w2() {
            return parameters.w2().toDoubleMatrix();
        }

        double[] b2() {
            return parameters.b2().toDoubleVector();
        }

        double[][] x() {
            return input.toDoubleMatrix();
        }

        NetworkOracle.Pass oraclePass() {
            return NetworkOracle.forward(w1(), b1(), w2(), b2(), x(), labels, l2);
        }

        NetworkOracle.Gradient oracleGradient() {
            return NetworkOracle.gradient(w1(), b1(), w2(), b2(), x(), labels, l2);
        }

        /** The smallest |pre-activation| of the batch: how close the batch sits to one of ReLU's kinks. */
        double distanceToKink() {
            return Arrays.stream(oraclePass().preActivation()).flatMapToDouble(Arrays::stream).map(Math::abs).min()
                    .orElseThrow();
        }
    }

    /** Networks with D ≤ 5, H ≤ 6, C in [2, 5], N ≤ 6 and λ in [0, 0.5] (λ = 0 first, as an edge case). */
    static Gen<Case> small() {
        return new Gen<>() {
            @Override
            public Case sample(SplittableRandom random) {
                return draw(random, 1 + random.nextInt(5), 1 + random.nextInt(6), 2 + random.nextInt(4),
                        1 + random.nextInt(6), random.nextInt(4) == 0 ? 0.0 : 0.5 * random.nextDouble());
            }

            @Override
            public List<Case> edgeCases() {
                SplittableRandom random = new SplittableRandom(4);
                return List.of(draw(random, 1, 1, 2, 1, 0.0), draw(random, 3, 4, 3, 5, 0.0), draw(random, 5, 6, 5, 6, 0.1));
            }

            @Override
            public String show(Case value) {
                return "W1 = " + Arrays.deepToString(value.w1()) + ", b1 = " + Arrays.toString(value.b1())
                        + ", W2 = " + Arrays.deepToString(value.w2()) + ", b2 = " + Arrays.toString(value.b2())
                        + ", X = " + Arrays.deepToString(value.x()) + ", labels = " + Arrays.toString(value.labels())
                        + ", λ = " + value.l2() + ", permutation = " + Arrays.toString(value.permutation())
                        + ", scale = " + value.scale();
            }
        };
    }

    private static Case draw(SplittableRandom random, int inputs, int hidden, int classes, int rows, double l2) {
        Parameters parameters = new Parameters(
                RandomTensors.uniform(random, -1, 1, hidden, inputs),
                RandomTensors.uniform(random, -1, 1, hidden),
                RandomTensors.uniform(random, -1, 1, classes, hidden),
                RandomTensors.uniform(random, -1, 1, classes));
        INDArray input = RandomTensors.uniform(random, -INPUT_BOUND, INPUT_BOUND, rows, inputs);
        int[] labels = RandomTensors.randomLabels(random, rows, classes);
        int[] permutation = new int[hidden];
        Arrays.setAll(permutation, j -> j);
        for (int j = hidden - 1; j > 0; j--) {
            int k = random.nextInt(j + 1);
            int swap = permutation[j];
            permutation[j] = permutation[k];
            permutation[k] = swap;
        }
        double scale = Math.exp(Math.log(10) * (2 * random.nextDouble() - 1));
        return new Case(parameters, input, labels, l2, permutation, scale);
    }

    static INDArray matrix(double[][] values) {
        return Nd4j.create(values);
    }

    static INDArray vector(double[] values) {
        return Nd4j.createFromArray(values);
    }
}
