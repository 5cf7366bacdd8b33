package org.dlcourse.kit.assertions;

import java.util.StringJoiner;

/** Turns a row-major flat element index into the multi-index a student sees in {@code tensor.getDouble(i, j)}. */
final class MultiIndex {

    private MultiIndex() {
    }

    /**
     * The multi-index of element {@code flatIndex} of a row-major tensor of the given shape, as {@code [i, j, …]}.
     *
     * <p>Row-major: {@code flat = ((i₀·s₁ + i₁)·s₂ + i₂)…}, so the last index varies fastest.
     * A scalar (empty shape) has the index {@code []}.
     */
    static String format(long flatIndex, long[] shape) {
        StringJoiner joined = new StringJoiner(", ", "[", "]");
        for (long i : of(flatIndex, shape)) {
            joined.add(Long.toString(i));
        }
        return joined.toString();
    }

    /** The multi-index of element {@code flatIndex} of a row-major tensor of the given shape, one entry per axis. */
    static long[] of(long flatIndex, long[] shape) {
        long[] index = new long[shape.length];
        long rest = flatIndex;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            index[axis] = rest % shape[axis];
            rest /= shape[axis];
        }
        return index;
    }
}
