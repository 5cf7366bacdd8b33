package org.dlcourse.kit.property;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Tensors of any rank with independently generated elements; an immutable builder, each setter returns a new
 * generator. The shape is either drawn from rank and axis-size ranges, or from a shape generator of your own.
 *
 * <p>Defaults: rank 1–3, every axis of size 1–5, elements {@code Gens.doubles(-1000, 1000)}, dtype DOUBLE.
 * Edge cases and shrinking are those of {@link TensorGen}. A custom shape generator's own edge cases and
 * shrinking are used; {@link #rank} and {@link #dims} only refine the built-in ranges.
 */
public final class ArrayGen extends TensorGenBuilder {

    private final int rankMin;
    private final int rankMax;
    private final int dimMin;
    private final int dimMax;
    /** A shape generator set by {@link #shape}, or null for the ranges above. */
    private final Gen<long[]> customShapes;
    private final Gen<Double> values;
    private final DataType dataType;

    ArrayGen() {
        this(1, 3, 1, 5, null, Gens.doubles(-DoubleGen.LARGE, DoubleGen.LARGE), DataType.DOUBLE);
    }

    private ArrayGen(int rankMin, int rankMax, int dimMin, int dimMax, Gen<long[]> customShapes,
            Gen<Double> values, DataType dataType) {
        super(new TensorGen(customShapes != null ? customShapes : ShapeGen.uniform(rankMin, rankMax, dimMin, dimMax),
                Objects.requireNonNull(values, "values"), Objects.requireNonNull(dataType, "dataType")));
        this.rankMin = rankMin;
        this.rankMax = rankMax;
        this.dimMin = dimMin;
        this.dimMax = dimMax;
        this.customShapes = customShapes;
        this.values = values;
        this.dataType = dataType;
    }

    /** Tensors whose shapes come from {@code shapes} (every axis at least 1); see {@link Gens#shapes}. */
    public ArrayGen shape(Gen<long[]> shapes) {
        return new ArrayGen(rankMin, rankMax, dimMin, dimMax, Objects.requireNonNull(shapes, "shapes"),
                values, dataType);
    }

    /** Tensors with a rank between {@code min} and {@code max} (inclusive, at least 1). */
    public ArrayGen rank(int min, int max) {
        requireBuiltInShapes("rank");
        return new ArrayGen(min, max, dimMin, dimMax, null, values, dataType);
    }

    /** Tensors whose every axis has a size between {@code min} and {@code max} (inclusive, at least 1). */
    public ArrayGen dims(int min, int max) {
        requireBuiltInShapes("dims");
        return new ArrayGen(rankMin, rankMax, min, max, null, values, dataType);
    }

    /** Tensors whose elements are drawn independently from {@code values}. */
    public ArrayGen values(Gen<Double> values) {
        return new ArrayGen(rankMin, rankMax, dimMin, dimMax, customShapes, values, dataType);
    }

    /** Tensors of {@code dataType}; elements are generated as doubles and cast. */
    public ArrayGen dataType(DataType dataType) {
        return new ArrayGen(rankMin, rankMax, dimMin, dimMax, customShapes, values, dataType);
    }

    /** Refusing beats silently dropping the shape generator the caller set before. */
    private void requireBuiltInShapes(String setting) {
        if (customShapes != null) {
            throw new IllegalStateException(setting + "(...) cannot refine a custom shape(...) generator");
        }
    }
}
