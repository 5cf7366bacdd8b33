package org.dlcourse.softmax;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Generators of the batches the hidden properties draw: logits, labelled batches and soft targets. */
final class Batches {

    private Batches() {
    }

    /** Logits of shape [1..12, 2..10] with values in [−bound, bound]. */
    static Gen<INDArray> logits(double bound) {
        return logits(bound, 12, 10);
    }

    /** Logits of shape [1..maxRows, 2..maxClasses] with values in [−bound, bound]. */
    static Gen<INDArray> logits(double bound, int maxRows, int maxClasses) {
        return Gens.matrices().rows(1, maxRows).cols(2, maxClasses).values(Gens.doubles(-bound, bound));
    }

    /** A batch of logits with one integer label per row. */
    record Labelled(INDArray logits, int[] labels) {
        double[][] oneHot() {
            return SoftmaxOracle.oneHot(labels, logits.columns());
        }
    }

    /** A batch of logits with one soft target row (a probability vector) per row. */
    record Soft(INDArray logits, INDArray targets) {
    }

    /** Labelled batches; labels shrink toward class 0 and follow the logits when those shrink. */
    static Gen<Labelled> labelled(Gen<INDArray> logits) {
        return new Gen<>() {
            @Override
            public Labelled sample(SplittableRandom random) {
                INDArray z = logits.sample(random);
                return new Labelled(z, random.ints(z.rows(), 0, z.columns()).toArray());
            }

            @Override
            public List<Labelled> edgeCases() {
                return logits.edgeCases().stream()
                        .flatMap(z -> Stream.of(new Labelled(z, new int[z.rows()]),
                                new Labelled(z, IntStream.range(0, z.rows()).map(n -> z.columns() - 1).toArray())))
                        .toList();
            }

            @Override
            public Stream<Labelled> shrink(Labelled value) {
                Stream<Labelled> smallerLogits = logits.shrink(value.logits())
                        .map(z -> new Labelled(z, fit(value.labels(), z)));
                Stream<Labelled> smallerLabels = IntStream.range(0, value.labels().length)
                        .filter(n -> value.labels()[n] != 0)
                        .mapToObj(n -> {
                            int[] labels = value.labels().clone();
                            labels[n] = 0;
                            return new Labelled(value.logits(), labels);
                        });
                return Stream.concat(smallerLogits, smallerLabels);
            }

            @Override
            public String show(Labelled value) {
                return logits.show(value.logits()) + ", labels = " + Arrays.toString(value.labels());
            }
        };
    }

    /**
     * Logits and the same logits shifted row by row, {@code shiftedLogits = logits + rowShifts} (a column); the
     * counterexample shows the shifted logits too, since they are what softmax received.
     */
    record Shifted(INDArray logits, INDArray rowShifts, INDArray shiftedLogits) {
        Shifted(INDArray logits, INDArray rowShifts) {
            this(logits, rowShifts, logits.addColumnVector(rowShifts));
        }
    }

    /** Logits shifted by one constant drawn from {@code shifts}; both shrink. */
    static Gen<Shifted> shiftedByAConstant(Gen<INDArray> logits, Gen<Double> shifts) {
        return showingTheShiftedLogits(Gens.zip(logits, shifts,
                (z, c) -> new Shifted(z, Nd4j.valueArrayOf(new long[] {z.rows(), 1}, c, z.dataType())),
                Shifted::logits, batch -> batch.rowShifts().getDouble(0)), logits);
    }

    /** Logits whose rows are shifted by constants evenly spread over [−bound, bound], the first by −bound. */
    static Gen<Shifted> shiftedPerRow(Gen<INDArray> logits, double bound) {
        return showingTheShiftedLogits(logits.map(
                z -> new Shifted(z, Nd4j.linspace(-bound, bound, z.rows(), z.dataType()).reshape(z.rows(), 1)),
                Shifted::logits), logits);
    }

    private static Gen<Shifted> showingTheShiftedLogits(Gen<Shifted> shifted, Gen<INDArray> logits) {
        return new Gen<>() {
            @Override
            public Shifted sample(SplittableRandom random) {
                return shifted.sample(random);
            }

            @Override
            public List<Shifted> edgeCases() {
                return shifted.edgeCases();
            }

            @Override
            public Stream<Shifted> shrink(Shifted value) {
                return shifted.shrink(value);
            }

            @Override
            public String show(Shifted value) {
                return logits.show(value.logits()) + ", row shifts = " + Arrays.toString(value.rowShifts().toDoubleVector())
                        + ", shifted logits (softmax's input) = " + logits.show(value.shiftedLogits());
            }
        };
    }

    /** Soft-target batches: each target row is a random probability vector (sometimes one-hot). */
    static Gen<Soft> soft(Gen<INDArray> logits) {
        return new Gen<>() {
            @Override
            public Soft sample(SplittableRandom random) {
                INDArray z = logits.sample(random);
                int classes = z.columns();
                double[][] targets = new double[z.rows()][classes];
                for (double[] row : targets) {
                    if (random.nextInt(4) == 0) {
                        row[random.nextInt(classes)] = 1.0;
                        continue;
                    }
                    double total = 0;
                    for (int c = 0; c < classes; c++) {
                        row[c] = -Math.log(1.0 - random.nextDouble());
                        total += row[c];
                    }
                    for (int c = 0; c < classes; c++) {
                        row[c] /= total;
                    }
                }
                return new Soft(z, Nd4j.create(targets));
            }

            @Override
            public List<Soft> edgeCases() {
                return logits.edgeCases().stream()
                        .map(z -> new Soft(z, Nd4j.ones(DataType.DOUBLE, z.shape()).divi(z.columns())))
                        .toList();
            }

            @Override
            public Stream<Soft> shrink(Soft value) {
                return logits.shrink(value.logits())
                        .filter(z -> z.rows() <= value.targets().rows() && z.columns() == value.targets().columns())
                        .map(z -> new Soft(z, value.targets().get(
                                NDArrayIndex.interval(0, z.rows()),
                                NDArrayIndex.all()).dup()));
            }

            @Override
            public String show(Soft value) {
                return logits.show(value.logits()) + ", targets = " + Arrays.stream(value.targets().toDoubleMatrix())
                        .map(row -> Arrays.stream(row).mapToObj(t -> String.format("%.4g", t))
                                .collect(Collectors.joining(", ", "[", "]")))
                        .collect(Collectors.joining(", ", "[", "]"));
            }
        };
    }

    private static int[] fit(int[] labels, INDArray logits) {
        return IntStream.range(0, logits.rows()).map(n -> Math.min(labels[n], logits.columns() - 1)).toArray();
    }
}
