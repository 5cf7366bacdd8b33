package org.dlcourse.kit.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The content of an IDX file of unsigned bytes: its dimensions and its values in row-major order.
 *
 * <p>The arrays are shared, not copied: a training image file holds 47 MB.
 *
 * @param source the file it was read from, named in error messages
 * @param dims   the sizes of the axes, the first one counting the items (images or labels)
 * @param values the unsigned bytes as Java bytes, row-major; {@code values[i] & 0xff} is the i-th value
 */
public record IdxArray(Path source, int[] dims, byte[] values) {

    /** Checks that {@code values} holds exactly the product of {@code dims} bytes and there is at least one axis. */
    public IdxArray {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dims, "dims");
        Objects.requireNonNull(values, "values");
        if (dims.length == 0) {
            throw new IllegalArgumentException(source + ": an IDX array needs at least one axis");
        }
        long size = 1;
        for (int dim : dims) {
            if (dim < 0) {
                throw new IllegalArgumentException(source + ": negative dimension in " + Arrays.toString(dims));
            }
            size *= dim;
        }
        if (size != values.length) {
            throw new IllegalArgumentException(source + ": dims " + Arrays.toString(dims) + " need " + size
                    + " values, got " + values.length);
        }
    }

    /** The number of items: the size of the first axis. */
    public int count() {
        return dims[0];
    }

    /** The number of values of one item: the product of the other axes (1 for a rank-1 label file). */
    public int itemSize() {
        int size = 1;
        for (int axis = 1; axis < dims.length; axis++) {
            size *= dims[axis];
        }
        return size;
    }

    /** The {@code index}-th value, 0–255. */
    public int unsigned(int index) {
        return values[index] & 0xff;
    }

    /** Shows the source and the dims, not the bytes. */
    @Override
    public String toString() {
        return "IdxArray[" + source + ", dims=" + Arrays.toString(dims) + "]";
    }

    /** Equal when source, dims and values are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof IdxArray that && source.equals(that.source) && Arrays.equals(dims, that.dims)
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * source.hashCode() + Arrays.hashCode(dims)) + Arrays.hashCode(values);
    }
}
