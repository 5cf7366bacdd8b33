package org.dlcourse.backprop;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.property.Gen;

/**
 * Generators for the learning-dynamics properties: paired samples (with and without ties), pairs of vectors, and
 * clouds of neurons gathered around a few planted directions, with a permutation and per-neuron positive scales.
 */
final class DynamicsCases {

    private DynamicsCases() {
    }

    /** Paired samples x, y of length n ≥ 2. */
    record Samples(double[] x, double[] y) {
    }

    /** Two nonzero vectors of one length and two positive factors. */
    record VectorPair(double[] u, double[] v, double c, double d) {
    }

    /**
     * Neurons (rows) around {@code planted.length} unit directions, with the planted cluster of every neuron, a
     * permutation of the neurons and a positive scale per neuron; {@code clusters} is the k to ask for.
     */
    record Cloud(double[][] neurons, int clusters, double[][] planted, int[] plantedCluster, int[] permutation,
            double[] scales) {

        double[][] permuted() {
            double[][] rows = new double[neurons.length][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = neurons[permutation[i]].clone();
            }
            return rows;
        }

        double[][] rescaled() {
            double[][] rows = new double[neurons.length][];
            for (int j = 0; j < rows.length; j++) {
                rows[j] = neurons[j].clone();
                for (int i = 0; i < rows[j].length; i++) {
                    rows[j][i] *= scales[j];
                }
            }
            return rows;
        }
    }

    /**
     * Samples of length 2 … 30: half of them drawn from a handful of integers (many ties), half continuous; edge
     * cases: two values, all tied but one, the lecture's [3, 1, 3, 2].
     */
    static Gen<Samples> samples() {
        return new Gen<>() {
            @Override
            public Samples sample(SplittableRandom random) {
                int n = 2 + random.nextInt(29);
                boolean ties = random.nextBoolean();
                return new Samples(draw(random, n, ties), draw(random, n, random.nextBoolean()));
            }

            @Override
            public List<Samples> edgeCases() {
                return List.of(new Samples(new double[] {0, 1}, new double[] {5, -5}),
                        new Samples(new double[] {2, 2, 2, 7, 2}, new double[] {1, 2, 3, 4, 5}),
                        new Samples(new double[] {3, 1, 3, 2}, new double[] {-1, 4, 0, 4}));
            }

            @Override
            public String show(Samples value) {
                return "x = " + Arrays.toString(value.x()) + ", y = " + Arrays.toString(value.y());
            }
        };
    }

    /** Distinct values (no ties), length 2 … 30, spread over several orders of magnitude around 0. */
    static Gen<double[]> distinctValues() {
        return new Gen<>() {
            @Override
            public double[] sample(SplittableRandom random) {
                int n = 2 + random.nextInt(29);
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = (random.nextBoolean() ? 1 : -1) * Math.exp(4 * (2 * random.nextDouble() - 1));
                }
                return Arrays.stream(values).distinct().count() == n ? values : sample(random);
            }

            @Override
            public List<double[]> edgeCases() {
                return List.of(new double[] {-1, 1}, new double[] {0.5, 0.25, 2, 1, 4});
            }
        };
    }

    /**
     * Two random nonzero vectors of length 1 … 12 with entries in [−3, 3], and factors log-uniform in [1e-3, 1e3];
     * edge cases: orthogonal unit vectors, and a vector with itself.
     */
    static Gen<VectorPair> vectorPairs() {
        return new Gen<>() {
            @Override
            public VectorPair sample(SplittableRandom random) {
                int n = 1 + random.nextInt(12);
                double[] u = nonzero(random, n);
                double[] v = nonzero(random, n);
                return new VectorPair(u, v, logUniform(random, 1e-3, 1e3), logUniform(random, 1e-3, 1e3));
            }

            @Override
            public List<VectorPair> edgeCases() {
                return List.of(new VectorPair(new double[] {1, 0}, new double[] {0, 1}, 2, 0.5),
                        new VectorPair(new double[] {3, -4, 1}, new double[] {3, -4, 1}, 10, 0.1));
            }

            @Override
            public String show(VectorPair value) {
                return "u = " + Arrays.toString(value.u()) + ", v = " + Arrays.toString(value.v()) + ", c = "
                        + value.c() + ", d = " + value.d();
            }
        };
    }

    /**
     * Clouds of n = 2 … 40 neurons in d = 3 … 12 dimensions around k = 1 … 4 random unit directions at least 60°
     * apart; every neuron is its direction plus Gaussian noise of standard deviation {@code noise} per entry, times a
     * log-uniform norm in [1e-3, 1e3]. Every planted direction has at least one neuron.
     */
    static Gen<Cloud> clouds(double noise) {
        return new Gen<>() {
            @Override
            public Cloud sample(SplittableRandom random) {
                int dimensions = 3 + random.nextInt(10);
                int clusters = 1 + random.nextInt(Math.min(4, dimensions - 1));
                int n = clusters + 1 + random.nextInt(40 - clusters);
                double[][] planted = separatedDirections(random, clusters, dimensions);
                int[] plantedCluster = new int[n];
                double[][] neurons = new double[n][dimensions];
                for (int j = 0; j < n; j++) {
                    plantedCluster[j] = j < clusters ? j : random.nextInt(clusters);
                    double size = logUniform(random, 1e-3, 1e3);
                    for (int i = 0; i < dimensions; i++) {
                        neurons[j][i] = size * (planted[plantedCluster[j]][i] + noise * gaussian(random));
                    }
                }
                int[] permutation = permutation(random, n);
                double[] scales = new double[n];
                for (int j = 0; j < n; j++) {
                    scales[j] = logUniform(random, 1e-3, 1e3);
                }
                return new Cloud(neurons, clusters, planted, plantedCluster, permutation, scales);
            }

            @Override
            public String show(Cloud value) {
                return "neurons = " + Arrays.deepToString(value.neurons()) + ", k = " + value.clusters()
                        + ", planted clusters = " + Arrays.toString(value.plantedCluster()) + ", permutation = "
                        + Arrays.toString(value.permutation()) + ", scales = " + Arrays.toString(value.scales());
            }
        };
    }

    static double[][] separatedDirections(SplittableRandom random, int count, int dimensions) {
        double[][] directions = new double[count][];
        int m = 0;
        while (m < count) {
            double[] candidate = unit(nonzero(random, dimensions));
            boolean separated = true;
            for (int c = 0; c < m; c++) {
                separated &= DynamicsOracle.dot(candidate, directions[c]) < 0.5;
            }
            if (separated) {
                directions[m++] = candidate;
            }
        }
        return directions;
    }

    static double[] nonzero(SplittableRandom random, int n) {
        double[] v = new double[n];
        while (DynamicsOracle.norm(v) < 0.1) {
            for (int i = 0; i < n; i++) {
                v[i] = 6 * random.nextDouble() - 3;
            }
        }
        return v;
    }

    static double[] unit(double[] v) {
        double norm = DynamicsOracle.norm(v);
        return Arrays.stream(v).map(x -> x / norm).toArray();
    }

    static int[] permutation(SplittableRandom random, int n) {
        int[] permutation = new int[n];
        Arrays.setAll(permutation, j -> j);
        for (int j = n - 1; j > 0; j--) {
            int k = random.nextInt(j + 1);
            int swap = permutation[j];
            permutation[j] = permutation[k];
            permutation[k] = swap;
        }
        return permutation;
    }

    static double logUniform(SplittableRandom random, double low, double high) {
        return Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * random.nextDouble());
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double[] draw(SplittableRandom random, int n, boolean ties) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = ties ? random.nextInt(4) : 10 * random.nextDouble() - 5;
        }
        return values;
    }
}
