package org.dlcourse.invariantntk;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Checks of the arguments and the row-major copies the classes compute on, so that a wrong call fails with a message
 * that says what is wrong instead of an index error. Given to students complete.
 */
final class Inputs {

    private Inputs() {
    }

    /** Requires a finite DOUBLE batch of square images [N, s, s] with N ≥ 1 and returns the side s. */
    static int requireImages(INDArray images, String name) {
        if (images == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        long[] shape = images.shape();
        if (images.rank() != 3 || shape[1] != shape[2] || shape[0] < 1 || shape[1] < 1) {
            throw new IllegalArgumentException(name + " must be a batch of square images [N, s, s] with N, s ≥ 1, got"
                    + " shape " + Arrays.toString(shape));
        }
        if (images.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException(name + " must be DOUBLE, got " + images.dataType());
        }
        for (double value : values(images)) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(name + " must be finite, found " + value);
            }
        }
        return (int) shape[1];
    }

    /** Requires two batches of images of the same side. */
    static void requireSameSide(INDArray images1, INDArray images2) {
        int side1 = requireImages(images1, "images1");
        int side2 = requireImages(images2, "images2");
        if (side1 != side2) {
            throw new IllegalArgumentException("the images must have the same side, got " + side1 + " and " + side2);
        }
    }

    /** Requires finite DOUBLE targets [N] for N images. */
    static void requireTargets(INDArray targets, INDArray images) {
        if (targets == null || targets.rank() != 1 || targets.length() != images.size(0)) {
            throw new IllegalArgumentException("the targets must be a vector [N] with one value per image ("
                    + images.size(0) + "), got " + (targets == null ? "null" : Arrays.toString(targets.shape())));
        }
        if (targets.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("the targets must be DOUBLE, got " + targets.dataType());
        }
        for (double value : values(targets)) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("the targets must be finite, found " + value);
            }
        }
    }

    /** Requires a finite ridge λ ≥ 0. */
    static void requireRidge(double ridge) {
        if (!(ridge >= 0.0) || !Double.isFinite(ridge)) {
            throw new IllegalArgumentException("the ridge must be finite and ≥ 0, got " + ridge);
        }
    }

    /** A row-major copy of the values. */
    static double[] values(INDArray array) {
        return array.dup('c').data().asDouble();
    }

    /** A new DOUBLE array of the given shape holding {@code values} in row-major order. */
    static INDArray array(double[] values, long... shape) {
        return Nd4j.create(values, shape, DataType.DOUBLE);
    }
}
