package org.dlcourse.kit.data;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Grey levels 0–255 of IDX images scaled to [0, 1]: x = b / 255. */
final class Pixels {

    private Pixels() {
    }

    /**
     * The images of {@code idx} as an [n, pixels] matrix of b / 255, each image flattened in row-major order.
     * FLOAT holds the DOUBLE values rounded to the nearest float, so both types agree after a cast.
     */
    static INDArray scaled(IdxArray idx, DataType dataType) {
        int rows = idx.count();
        int columns = idx.itemSize();
        INDArray images = Nd4j.createUninitialized(dataType, rows, columns);
        // Writing straight into the off-heap buffer avoids a 376 MB Java double[] for the training images.
        if (dataType == DataType.DOUBLE) {
            DoubleBuffer target = images.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer();
            for (int i = 0; i < idx.values().length; i++) {
                target.put(i, idx.unsigned(i) / 255.0);
            }
        } else if (dataType == DataType.FLOAT) {
            FloatBuffer target = images.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
            for (int i = 0; i < idx.values().length; i++) {
                target.put(i, (float) (idx.unsigned(i) / 255.0));
            }
        } else {
            throw new IllegalArgumentException("images are FLOAT or DOUBLE, not " + dataType);
        }
        return images;
    }
}
