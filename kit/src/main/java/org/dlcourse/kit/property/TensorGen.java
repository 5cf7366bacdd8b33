package org.dlcourse.kit.property;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoublePredicate;
import java.util.stream.Stream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Tensors whose shape comes from one generator and whose elements come independently from another; the engine
 * behind {@link MatrixGen} and {@link ArrayGen}.
 *
 * <p>Edge cases, built only from the edge cases of the two generators so that they respect their ranges:
 * <ol>
 *   <li>every edge-case shape (single row, single column, 1×1, ...) filled with the value edge cases in turn;</li>
 *   <li>on the largest edge-case shape: all zeros; ties (all elements equal); the values ±1000 alternating;
 *       very negative elements (all below −100), where softmax and log-sum-exp underflow.</li>
 * </ol>
 * A pattern is left out when the value generator has no edge case for it; without edge-case shapes there are no
 * edge cases at all. Shrinking is done by {@link TensorShrinker}: shape first, then values.
 */
final class TensorGen implements Gen<INDArray> {

    /** Seeds the stand-in edge values of a value generator that has none, so edge cases stay deterministic. */
    private static final long STAND_IN_SEED = 0;
    private static final int STAND_IN_VALUES = 8;
    /** Elements below this count as "very negative": exp(−100) ≈ 4·10⁻⁴⁴ underflows float and wrecks ratios. */
    private static final double VERY_NEGATIVE = -100;

    private final Gen<long[]> shapes;
    private final Gen<Double> values;
    private final DataType dataType;
    private final TensorShrinker shrinker;

    TensorGen(Gen<long[]> shapes, Gen<Double> values, DataType dataType) {
        this.shapes = shapes;
        this.values = values;
        this.dataType = dataType;
        this.shrinker = new TensorShrinker(shapes, values, dataType);
    }

    @Override
    public INDArray sample(SplittableRandom random) {
        long[] shape = shapes.sample(random);
        double[] elements = new double[Math.toIntExact(TensorValues.length(shape))];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = values.sample(random);
        }
        return TensorValues.create(elements, shape, dataType);
    }

    @Override
    public List<INDArray> edgeCases() {
        List<long[]> edgeShapes = shapes.edgeCases();
        if (edgeShapes.isEmpty()) {
            return List.of();
        }
        List<Double> edgeValues = edgeValues();
        List<INDArray> tensors = new ArrayList<>();
        for (int i = 0; i < edgeShapes.size(); i++) {
            tensors.add(cycled(edgeShapes.get(i), edgeValues, i));
        }
        long[] largest = edgeShapes.stream().max(Comparator.comparingLong(TensorValues::length)).orElseThrow();
        addPattern(tensors, largest, edgeValues, value -> value == 0);
        double tie = edgeValues.stream().filter(value -> value != 0).findFirst().orElse(edgeValues.get(0));
        addPattern(tensors, largest, edgeValues, value -> value == tie);
        addPattern(tensors, largest, edgeValues, value -> Math.abs(value) == DoubleGen.LARGE);
        addPattern(tensors, largest, edgeValues, value -> value < VERY_NEGATIVE);
        return tensors;
    }

    @Override
    public Stream<INDArray> shrink(INDArray tensor) {
        return shrinker.candidates(tensor);
    }

    @Override
    public String show(INDArray tensor) {
        return ValueFormat.tensor(tensor);
    }

    private List<Double> edgeValues() {
        List<Double> edgeValues = values.edgeCases();
        if (!edgeValues.isEmpty()) {
            return edgeValues;
        }
        SplittableRandom random = new SplittableRandom(STAND_IN_SEED);
        return Stream.generate(() -> values.sample(random)).limit(STAND_IN_VALUES).toList();
    }

    /** Adds the tensor of {@code shape} cycling through the edge values that match, if any does. */
    private void addPattern(List<INDArray> tensors, long[] shape, List<Double> edgeValues, DoublePredicate pattern) {
        List<Double> matching = edgeValues.stream().filter(pattern::test).toList();
        if (!matching.isEmpty()) {
            tensors.add(cycled(shape, matching, 0));
        }
    }

    /** The tensor of {@code shape} whose k-th element (row-major) is {@code cycle[(start + k) mod |cycle|]}. */
    private INDArray cycled(long[] shape, List<Double> cycle, int start) {
        double[] elements = new double[Math.toIntExact(TensorValues.length(shape))];
        for (int k = 0; k < elements.length; k++) {
            elements[k] = cycle.get((start + k) % cycle.size());
        }
        return TensorValues.create(elements, shape, dataType);
    }
}
