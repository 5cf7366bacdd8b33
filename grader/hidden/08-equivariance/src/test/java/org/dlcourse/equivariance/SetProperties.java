package org.dlcourse.equivariance;

import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Deep Sets: the equivariant layer and the invariant head under permutations of the elements and repetitions. */
class SetProperties {

    /** Sums of at most a few dozen products of order 1 in another order: a few ulps. */
    private static final Tolerance SET = Tolerance.of(1e-12, 1e-12);

    Gen<int[]> permutations() {
        return Gens.permutations(1, 7);
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    private static EquivariantSetLayer layer(SplittableRandom random, int in) {
        int out = random.nextInt(1, 4);
        return new EquivariantSetLayer(Samples.uniform(random, out, in), Samples.uniform(random, out, in),
                Samples.uniform(random, out));
    }

    private static InvariantSetHead head(SplittableRandom random, int in) {
        int hidden = random.nextInt(1, 5);
        int out = random.nextInt(1, 4);
        return new InvariantSetHead(Samples.uniform(random, hidden, in), Samples.uniform(random, hidden),
                Samples.uniform(random, out, hidden), Samples.uniform(random, out));
    }

    /** The rows of {@code set} in the order of the permutation: row i of the result is row p[i]. */
    private static INDArray permuteRows(INDArray set, int[] p) {
        int columns = (int) set.size(1);
        double[] values = set.dup('c').data().asDouble();
        double[] out = new double[values.length];
        for (int i = 0; i < p.length; i++) {
            System.arraycopy(values, p[i] * columns, out, i * columns, columns);
        }
        return Nd4j.create(out, set.shape(), DataType.DOUBLE);
    }

    /** The set followed by itself: every element twice. */
    private static INDArray twice(INDArray set) {
        double[] values = set.dup('c').data().asDouble();
        double[] out = new double[2 * values.length];
        System.arraycopy(values, 0, out, 0, values.length);
        System.arraycopy(values, 0, out, values.length, values.length);
        return Nd4j.create(out, new long[] {2 * set.size(0), set.size(1)}, DataType.DOUBLE);
    }

    /** y_i = Γ·x_i + b − Λ·mean_j x_j, computed entry by entry. */
    private static double[][] deepSetsLayer(EquivariantSetLayer layer, INDArray set) {
        int n = (int) set.size(0);
        int in = (int) set.size(1);
        int out = (int) layer.gamma().size(0);
        double[] mean = new double[in];
        for (int f = 0; f < in; f++) {
            for (int j = 0; j < n; j++) {
                mean[f] += set.getDouble(j, f);
            }
            mean[f] /= n;
        }
        double[][] y = new double[n][out];
        for (int i = 0; i < n; i++) {
            for (int o = 0; o < out; o++) {
                y[i][o] = layer.bias().getDouble(o);
                for (int f = 0; f < in; f++) {
                    y[i][o] += layer.gamma().getDouble(o, f) * set.getDouble(i, f) - layer.lambda().getDouble(o, f) * mean[f];
                }
            }
        }
        return y;
    }

    /** B·Σ_i relu(A·x_i + c) + d, computed entry by entry. */
    private static double[] deepSetsHead(InvariantSetHead head, INDArray set) {
        int hidden = (int) head.a().size(0);
        double[] pooled = new double[hidden];
        for (int i = 0; i < set.size(0); i++) {
            for (int h = 0; h < hidden; h++) {
                double pre = head.c().getDouble(h);
                for (int f = 0; f < set.size(1); f++) {
                    pre += head.a().getDouble(h, f) * set.getDouble(i, f);
                }
                pooled[h] += Math.max(0, pre);
            }
        }
        double[] y = new double[(int) head.b().size(0)];
        for (int o = 0; o < y.length; o++) {
            y[o] = head.d().getDouble(o);
            for (int h = 0; h < hidden; h++) {
                y[o] += head.b().getDouble(o, h) * pooled[h];
            }
        }
        return y;
    }

    @Property(tries = 50)
    @Graded(points = 3, task = "sets",
            hint = "The set layer must treat every element alike: permuting the rows of X must permute the rows of the output the same way (y_i = Γx_i + b − Λ·mean_j x_j).")
    void setLayerIsPermutationEquivariant(@ForAll("permutations") int[] p, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int in = random.nextInt(1, 4);
        EquivariantSetLayer layer = Counterexample.input("layer", layer(random, in));
        INDArray set = Counterexample.input("set", Samples.uniform(random, p.length, in));

        assertThat(layer.apply(Counterexample.input("permutedSet", permuteRows(set, p))))
                .isCloseTo(permuteRows(layer.apply(set), p), SET);
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "sets",
            hint = "y_i = Γ·x_i + b − Λ·(1/n)Σ_j x_j: one row per element, Γ and Λ of shape [out, in].")
    void setLayerIsTheDeepSetsFormula(@ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int in = random.nextInt(1, 4);
        EquivariantSetLayer layer = Counterexample.input("layer", layer(random, in));
        INDArray set = Samples.uniform(random, random.nextInt(1, 7), in);

        assertThat(layer.apply(Counterexample.input("set", set))).isCloseTo(deepSetsLayer(layer, set), SET);
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "sets",
            hint = "Use the mean over the set, not the sum: a set and the same set with every element repeated twice have the same mean, so every element must get the same output row in both, whatever the size of the set.")
    void setLayerSeesOnlyTheEmpiricalDistribution(@ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int in = random.nextInt(1, 4);
        EquivariantSetLayer layer = Counterexample.input("layer", layer(random, in));
        INDArray set = Samples.uniform(random, random.nextInt(1, 6), in);
        INDArray out = layer.apply(Counterexample.input("set", set));

        assertThat(layer.apply(Counterexample.input("setTwice", twice(set)))).isCloseTo(twice(out), SET);
    }

    @Property(tries = 50)
    @Graded(points = 3, task = "sets",
            hint = "The set head ρ(Σ_i φ(x_i)) must not depend on the order of the rows: pool φ over all elements (axis 0) before ρ.")
    void setHeadIsPermutationInvariant(@ForAll("permutations") int[] p, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int in = random.nextInt(1, 4);
        InvariantSetHead head = Counterexample.input("head", head(random, in));
        INDArray set = Samples.uniform(random, p.length, in);

        assertThat(head.apply(Counterexample.input("permutedSet", permuteRows(set, p))))
                .isCloseTo(head.apply(Counterexample.input("set", set)), SET);
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "sets",
            hint = "head(X) = B·Σ_i relu(A·x_i + c) + d — the sum over the elements, not the mean: the head also sees the size of the set (head of X repeated twice = 2·head(X) − d).")
    void setHeadSumsOverTheElements(@ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int in = random.nextInt(1, 4);
        InvariantSetHead head = Counterexample.input("head", head(random, in));
        INDArray set = Samples.uniform(random, random.nextInt(1, 6), in);

        double[] expected = deepSetsHead(head, set);
        assertThat(head.apply(Counterexample.input("set", set))).isCloseTo(expected, SET);
        double[] doubled = new double[expected.length];
        for (int o = 0; o < expected.length; o++) {
            doubled[o] = 2 * expected[o] - head.d().getDouble(o);
        }
        assertThat(head.apply(Counterexample.input("setTwice", twice(set)))).isCloseTo(doubled, SET);
    }
}
