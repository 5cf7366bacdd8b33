package org.dlcourse.kit.data;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Datasets for tests whose samples carry their identity: row i of the images is [i, −i], label i mod classes. */
final class Datasets {

    private Datasets() {
    }

    /** {@code n} identifiable samples of {@code classes} classes named c0, c1, …. */
    static Dataset identified(int n, int classes) {
        double[] pixels = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            pixels[2 * i] = i;
            pixels[2 * i + 1] = -i;
            labels[i] = i % classes;
        }
        return new Dataset(Nd4j.create(pixels, new long[] {n, 2}, DataType.DOUBLE), labels, names(classes));
    }

    /** The identities of the samples of {@code data}, in order, read from the first column. */
    static int[] ids(Dataset data) {
        return Arrays.stream(data.images().getColumn(0).toDoubleVector()).mapToInt(id -> (int) id).toArray();
    }

    /** Class names c0, c1, …, c(count−1). */
    static List<String> names(int count) {
        return IntStream.range(0, count).mapToObj(c -> "c" + c).toList();
    }
}
