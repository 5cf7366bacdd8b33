package org.dlcourse.kit.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Labelled samples: one row of {@code images} per sample, its class id in {@code labels}.
 *
 * <p>Rows are flattened images, for Fashion-MNIST 784 = 28·28 pixels in row-major order scaled to [0, 1]. The
 * arrays are shared, not copied, because the training set is large (see {@link FashionMnist} for its memory);
 * treat them as read-only. Equality compares images and labels by value.
 *
 * @param images     an [n, features] FLOAT or DOUBLE matrix, n ≥ 1
 * @param labels     n class ids, each in [0, classNames.size())
 * @param classNames the name of every class id, in id order
 */
public record Dataset(INDArray images, int[] labels, List<String> classNames) {

    /** Checks the shapes, the data type and that every label names a class. */
    public Dataset {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(labels, "labels");
        classNames = List.copyOf(classNames);
        if (images.rank() != 2) {
            throw new IllegalArgumentException("images must be an [n, features] matrix, got shape "
                    + Arrays.toString(images.shape()));
        }
        if (images.dataType() != DataType.FLOAT && images.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("images must be FLOAT or DOUBLE, got " + images.dataType());
        }
        if (images.rows() != labels.length) {
            throw new IllegalArgumentException(images.rows() + " images but " + labels.length + " labels");
        }
        if (labels.length == 0) {
            throw new IllegalArgumentException("a dataset needs at least one sample");
        }
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException("a dataset needs at least one class");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException("label " + labels[i] + " of sample " + i
                        + " is not a class id in [0, " + classNames.size() + ")");
            }
        }
    }

    /** The number of samples n. */
    public int size() {
        return labels.length;
    }

    /** The number of values per sample: the columns of {@code images}. */
    public int features() {
        return images.columns();
    }

    /** The number of samples of each class, indexed by class id. */
    public int[] classCounts() {
        int[] counts = new int[classNames.size()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * The samples at {@code indices}, in that order, as a new dataset with copied rows.
     *
     * @throws IllegalArgumentException if there is no index or one is outside [0, n)
     */
    public Dataset select(int... indices) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("select needs at least one index");
        }
        int[] selected = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= labels.length) {
                throw new IllegalArgumentException("index " + indices[i] + " outside [0, " + labels.length + ")");
            }
            selected[i] = labels[indices[i]];
        }
        // pullRows copies the rows natively; getRows copies them one by one from Java, several times slower.
        return new Dataset(Nd4j.pullRows(images, 1, indices), selected, classNames);
    }

    /** Shows the sizes and the data type, not 47 million pixels. */
    @Override
    public String toString() {
        return "Dataset[n=" + size() + ", features=" + features() + ", " + images.dataType() + ", classes="
                + classNames + "]";
    }

    /** Equal when the images, the labels and the class names are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset that && Arrays.equals(labels, that.labels) && classNames.equals(that.classNames)
                && images.equals(that.images);
    }

    /** Hashes the labels and class names only: equal datasets have equal labels, and images are costly to hash. */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(labels) + classNames.hashCode();
    }
}
