package org.dlcourse.kit.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Shrink candidates of a tensor: first smaller shapes, then simpler values.
 *
 * <p>Shapes come from the shape generator's own shrinking, so they stay in its domain; each smaller shape is
 * cut out of the tensor so that the failing elements can survive: an axis shortened to d' keeps the leading or
 * the trailing d' indices, an axis shortened by one also loses any single index (dropping one row), an axis
 * removed keeps index 0. Then values: all elements at once to their first shrink candidate (usually 0), then
 * one element at a time through all its candidates. Each candidate has fewer elements, or the same elements
 * with at least one strictly simpler, so shrinking ends.
 */
final class TensorShrinker {

    private final Gen<long[]> shapes;
    private final Gen<Double> values;
    private final DataType dataType;

    TensorShrinker(Gen<long[]> shapes, Gen<Double> values, DataType dataType) {
        this.shapes = shapes;
        this.values = values;
        this.dataType = dataType;
    }

    /** The candidates in the order they should be tried, created lazily. */
    Stream<INDArray> candidates(INDArray tensor) {
        long[] shape = tensor.shape();
        double[] elements = TensorValues.rowMajor(tensor);
        Supplier<Stream<INDArray>> smaller =
                () -> shapes.shrink(shape).flatMap(target -> cutOut(elements, shape, target).stream());
        Supplier<Stream<INDArray>> allSimplest = () -> allSimplest(elements)
                .map(simplest -> TensorValues.create(simplest, shape, dataType)).stream();
        Supplier<Stream<INDArray>> oneSimpler = () -> IntStream.range(0, elements.length).boxed()
                .flatMap(index -> values.shrink(elements[index]).map(value -> {
                    double[] changed = elements.clone();
                    changed[index] = value;
                    return TensorValues.create(changed, shape, dataType);
                }));
        return Stream.of(smaller, allSimplest, oneSimpler).flatMap(Supplier::get);
    }

    /** Every element replaced by its first shrink candidate, if at least one has a candidate. */
    private Optional<double[]> allSimplest(double[] elements) {
        double[] simplest = elements.clone();
        boolean changed = false;
        for (int i = 0; i < simplest.length; i++) {
            Double first = values.shrink(simplest[i]).findFirst().orElse(null);
            if (first != null) {
                simplest[i] = first;
                changed = true;
            }
        }
        return changed ? Optional.of(simplest) : Optional.empty();
    }

    /** The sub-tensors of shape {@code target} cut out of {@code elements}; none if the shapes are unrelated. */
    private List<INDArray> cutOut(double[] elements, long[] shape, long[] target) {
        List<INDArray> cuts = new ArrayList<>();
        if (target.length == shape.length - 1) {
            for (int axis = 0; axis < shape.length; axis++) {
                if (Arrays.equals(ShapeGen.withoutAxis(shape, axis), target)) {
                    cuts.add(TensorValues.create(select(elements, shape, axis, new int[] {0}), target, dataType));
                    return cuts;
                }
            }
            return cuts;
        }
        if (target.length != shape.length) {
            return cuts;
        }
        int[] shortened = IntStream.range(0, shape.length).filter(axis -> target[axis] != shape[axis]).toArray();
        if (shortened.length == 1) {
            int axis = shortened[0];
            for (int[] kept : keptIndices((int) shape[axis], (int) target[axis])) {
                cuts.add(TensorValues.create(select(elements, shape, axis, kept), target, dataType));
            }
        } else if (IntStream.range(0, shape.length).allMatch(axis -> target[axis] <= shape[axis])) {
            double[] block = elements;
            long[] blockShape = shape.clone();
            for (int axis : shortened) {
                block = select(block, blockShape, axis, IntStream.range(0, (int) target[axis]).toArray());
                blockShape[axis] = target[axis];
            }
            cuts.add(TensorValues.create(block, target, dataType));
        }
        return cuts;
    }

    /** Index sets of size {@code kept} out of {@code size}: leading, trailing, and, for kept = size − 1, all others. */
    private static List<int[]> keptIndices(int size, int kept) {
        List<int[]> choices = new ArrayList<>();
        choices.add(IntStream.range(0, kept).toArray());
        if (kept < size) {
            choices.add(IntStream.range(size - kept, size).toArray());
        }
        if (kept == size - 1) {
            for (int dropped = 1; dropped < size - 1; dropped++) {
                int skip = dropped;
                choices.add(IntStream.range(0, size).filter(i -> i != skip).toArray());
            }
        }
        return choices;
    }

    /** The elements (row-major) of the tensor restricted to {@code indices} along {@code axis}. */
    static double[] select(double[] elements, long[] shape, int axis, int[] indices) {
        int outer = (int) TensorValues.length(Arrays.copyOfRange(shape, 0, axis));
        int inner = (int) TensorValues.length(Arrays.copyOfRange(shape, axis + 1, shape.length));
        int size = (int) shape[axis];
        double[] selected = new double[outer * indices.length * inner];
        int next = 0;
        for (int o = 0; o < outer; o++) {
            for (int index : indices) {
                System.arraycopy(elements, (o * size + index) * inner, selected, next, inner);
                next += inner;
            }
        }
        return selected;
    }
}
