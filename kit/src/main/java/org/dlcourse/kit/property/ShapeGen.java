package org.dlcourse.kit.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Tensor shapes {@code long[]} with a rank in [rankMin, rankMax] and, on each axis a, a size in
 * [dimMin[a], dimMax[a]] (uniform ranges for {@link Gens#shapes}, one range per axis for matrices).
 *
 * <p>Edge cases are the shapes where broadcasting and reductions go wrong: a size-1 axis with the others at a
 * typical size (a single row, a single column), all axes of size 1, the smallest shape, and last the typical
 * shape (every axis of size 3, clamped to its range). Shrinking removes an axis, then makes one axis shorter
 * (to its minimum, to half, by one); the number of elements strictly decreases, so shrinking ends.
 */
final class ShapeGen implements Gen<long[]> {

    /** The size of an axis in the typical edge-case shape, when its range allows it. */
    static final int TYPICAL_DIM = 3;

    private final int rankMin;
    private final int rankMax;
    private final int[] dimMin;
    private final int[] dimMax;

    private ShapeGen(int rankMin, int rankMax, int[] dimMin, int[] dimMax) {
        if (rankMin < 1 || rankMin > rankMax) {
            throw new IllegalArgumentException("need 1 <= rankMin <= rankMax, got [" + rankMin + ", " + rankMax + "]");
        }
        for (int axis = 0; axis < rankMax; axis++) {
            if (dimMin[axis] < 1 || dimMin[axis] > dimMax[axis]) {
                throw new IllegalArgumentException("need 1 <= dimMin <= dimMax on axis " + axis
                        + ", got [" + dimMin[axis] + ", " + dimMax[axis] + "]");
            }
        }
        this.rankMin = rankMin;
        this.rankMax = rankMax;
        this.dimMin = dimMin;
        this.dimMax = dimMax;
    }

    /** Shapes of any rank in [rankMin, rankMax] whose every axis has a size in [dimMin, dimMax]. */
    static ShapeGen uniform(int rankMin, int rankMax, int dimMin, int dimMax) {
        int[] mins = new int[Math.max(rankMax, 0)];
        int[] maxs = new int[mins.length];
        Arrays.fill(mins, dimMin);
        Arrays.fill(maxs, dimMax);
        return new ShapeGen(rankMin, rankMax, mins, maxs);
    }

    /** Shapes of the fixed rank {@code dimMin.length}, axis a with a size in [dimMin[a], dimMax[a]]. */
    static ShapeGen perAxis(int[] dimMin, int[] dimMax) {
        return new ShapeGen(dimMin.length, dimMin.length, dimMin.clone(), dimMax.clone());
    }

    @Override
    public long[] sample(SplittableRandom random) {
        long[] shape = new long[random.nextInt(rankMin, rankMax + 1)];
        for (int axis = 0; axis < shape.length; axis++) {
            shape[axis] = random.nextInt(dimMin[axis], dimMax[axis] + 1);
        }
        return shape;
    }

    @Override
    public List<long[]> edgeCases() {
        List<long[]> shapes = new ArrayList<>();
        for (int rank : new int[] {rankMin, rankMax}) {
            for (int axis = 0; axis < rank; axis++) {
                long[] unitAxis = typical(rank);
                unitAxis[axis] = 1;
                shapes.add(unitAxis);
            }
            shapes.add(LongStream.generate(() -> 1).limit(rank).toArray());
        }
        shapes.add(Arrays.stream(dimMin, 0, rankMin).asLongStream().toArray());
        shapes.add(typical(rankMax));
        return distinctValid(shapes);
    }

    @Override
    public Stream<long[]> shrink(long[] shape) {
        List<long[]> candidates = new ArrayList<>();
        for (int axis = 0; axis < shape.length; axis++) {
            candidates.add(withoutAxis(shape, axis));
        }
        for (int axis = 0; axis < shape.length; axis++) {
            for (long size : new long[] {dimMin[axis], shape[axis] / 2, shape[axis] - 1}) {
                if (size < shape[axis]) {
                    long[] shorter = shape.clone();
                    shorter[axis] = size;
                    candidates.add(shorter);
                }
            }
        }
        return distinctValid(candidates).stream();
    }

    private long[] typical(int rank) {
        long[] shape = new long[rank];
        for (int axis = 0; axis < rank; axis++) {
            shape[axis] = Math.min(Math.max(TYPICAL_DIM, dimMin[axis]), dimMax[axis]);
        }
        return shape;
    }

    /** {@code shape} without the axis {@code axis}. */
    static long[] withoutAxis(long[] shape, int axis) {
        return LongStream.range(0, shape.length).filter(a -> a != axis).map(a -> shape[(int) a]).toArray();
    }

    private boolean isValid(long[] shape) {
        if (shape.length < rankMin || shape.length > rankMax) {
            return false;
        }
        for (int axis = 0; axis < shape.length; axis++) {
            if (shape[axis] < dimMin[axis] || shape[axis] > dimMax[axis]) {
                return false;
            }
        }
        return true;
    }

    /** The valid shapes among {@code shapes}, in order, each once. */
    private List<long[]> distinctValid(List<long[]> shapes) {
        Map<List<Long>, long[]> byContent = new LinkedHashMap<>();
        for (long[] shape : shapes) {
            if (isValid(shape)) {
                byContent.putIfAbsent(LongStream.of(shape).boxed().toList(), shape);
            }
        }
        return List.copyOf(byContent.values());
    }
}
