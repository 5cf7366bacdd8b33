package org.dlcourse.invariantntk;

import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.property.Gen;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inputs of the hidden properties, drawn only from the property's {@link SplittableRandom}: small batches (1–3 images
 * of side 1–5) so that the suite stays fast, and the degenerate images where averaging over a group goes wrong —
 * zero images, images invariant under all of D4, images fixed only by a subgroup (r², or the mirror m), so that their
 * orbits repeat elements, and duplicates within a batch.
 */
final class Samples {

    /** The base kernel of most tests: a 2-hidden-layer ReLU network's NTK with a bias (σ_w = 1.3, σ_b = 0.1). */
    static final FullyConnectedKernel NETWORK = new FullyConnectedKernel(2, 1.3, 0.1);

    private Samples() {
    }

    static INDArray uniform(SplittableRandom random, long... shape) {
        long size = 1;
        for (long axis : shape) {
            size *= axis;
        }
        double[] values = new double[(int) size];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble(-1, 1);
        }
        return Nd4j.create(values, shape, DataType.DOUBLE);
    }

    /** The targets 1, 2, …, n as a vector [n]. */
    static INDArray ramp(long n) {
        double[] values = new double[(int) n];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        return Nd4j.create(values, new long[] {n}, DataType.DOUBLE);
    }

    /** Generic batches [N, s, s]: uniform pixels, N in 1..3, s in 2..5. */
    static Gen<INDArray> genericBatches() {
        return random -> {
            int side = random.nextInt(2, 6);
            return uniform(random, random.nextInt(1, 4), side, side);
        };
    }

    /**
     * Batches [N, s, s] of mixed kinds: generic, zero, D4-invariant, fixed by r² only, fixed by m only, or a duplicate
     * of the image before it. Edge cases: one zero 2 × 2 image, one 1 × 1 image, an invariant image beside a generic
     * one.
     */
    static Gen<INDArray> structuredBatches(int maxImages) {
        return new Gen<>() {
            @Override
            public INDArray sample(SplittableRandom random) {
                return structured(random, random.nextInt(1, maxImages + 1), random.nextInt(2, 6));
            }

            @Override
            public List<INDArray> edgeCases() {
                INDArray invariantAndGeneric = Nd4j.createFromArray(new double[][][] {
                        {{1, 2, 1}, {2, 5, 2}, {1, 2, 1}}, {{0.3, -0.7, 0.2}, {0.9, 0.1, -0.4}, {-0.8, 0.6, 0.5}}});
                return List.of(Nd4j.zeros(DataType.DOUBLE, 1, 2, 2), Nd4j.createFromArray(new double[][][] {{{0.5}}}),
                        invariantAndGeneric);
            }
        };
    }

    /** A batch of {@code count} images of side {@code side}, each of a random kind. */
    static INDArray structured(SplittableRandom random, int count, int side) {
        INDArray[] images = new INDArray[count];
        for (int n = 0; n < count; n++) {
            INDArray x = uniform(random, 1, side, side);
            images[n] = switch (random.nextInt(6)) {
                case 0 -> x;
                case 1 -> x.mul(0.0);
                case 2 -> average(Group.D4, x);
                case 3 -> x.add(Oracle.act(new Symmetry(2, false), x));
                case 4 -> x.add(Oracle.act(new Symmetry(0, true), x));
                default -> n > 0 ? images[n - 1].dup() : x;
            };
        }
        return Nd4j.concat(0, images);
    }

    /** (1/|G|) Σ_g g·x, an image invariant under the group. */
    static INDArray average(Group group, INDArray x) {
        INDArray sum = Nd4j.zeros(DataType.DOUBLE, x.shape());
        for (Symmetry g : Oracle.elements(group)) {
            sum.addi(Oracle.act(g, x));
        }
        return sum.divi(group.order());
    }

    /** Two batches of the same side. */
    record Pair(INDArray images1, INDArray images2) {
    }

    static Gen<Pair> structuredPairs() {
        return random -> {
            int side = random.nextInt(2, 6);
            return new Pair(structured(random, random.nextInt(1, 4), side),
                    structured(random, random.nextInt(1, 4), side));
        };
    }

    /** Every element of D4, rotations first. */
    static Gen<Symmetry> d4() {
        return new Gen<>() {
            @Override
            public Symmetry sample(SplittableRandom random) {
                return new Symmetry(random.nextInt(4), random.nextBoolean());
            }

            @Override
            public List<Symmetry> edgeCases() {
                return List.of(new Symmetry(1, false), new Symmetry(0, true), new Symmetry(1, true));
            }
        };
    }

    /**
     * A base kernel NOT invariant under the simultaneous action, k(x, x′) = Σ_p w_p·x_p·x′_p + (a·x)(a·x′) with
     * pixel weights w_p = 1 + p/d and a_p = sin(p + 1) (positive semi-definite: a weighted dot product plus a rank-one
     * term). The double sum must be invariant for it too; the single sum is not.
     */
    static final Kernel WEIGHTED = (images1, images2) -> {
        int d = (int) (images1.size(1) * images1.size(2));
        double[][] x1 = images1.reshape(images1.size(0), d).toDoubleMatrix();
        double[][] x2 = images2.reshape(images2.size(0), d).toDoubleMatrix();
        double[] projections2 = new double[x2.length];
        for (int j = 0; j < x2.length; j++) {
            projections2[j] = projection(x2[j]);
        }
        double[][] k = new double[x1.length][x2.length];
        for (int i = 0; i < x1.length; i++) {
            double projection1 = projection(x1[i]);
            for (int j = 0; j < x2.length; j++) {
                double weighted = 0.0;
                for (int p = 0; p < d; p++) {
                    weighted += (1.0 + (double) p / d) * x1[i][p] * x2[j][p];
                }
                k[i][j] = weighted + projection1 * projections2[j];
            }
        }
        return Nd4j.create(k);
    };

    /** a·x with a_p = sin(p + 1). */
    private static double projection(double[] x) {
        double sum = 0.0;
        for (int p = 0; p < x.length; p++) {
            sum += Math.sin(p + 1.0) * x[p];
        }
        return sum;
    }
}
