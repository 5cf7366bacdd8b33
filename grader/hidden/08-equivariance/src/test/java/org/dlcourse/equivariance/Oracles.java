package org.dlcourse.equivariance;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Direct computations the hidden tests compare with: the "same" correlation as a "valid" correlation of the image
 * explicitly padded by (K − 1)/2 zeros on every side (a different route from bounds checks in the student's loops).
 */
final class Oracles {

    private Oracles() {
    }

    /** out[o][i][j] = b[o] + Σ_{c,u,v} pad(in)[c][i + u][j + v]·w[o][c][u][v]. */
    static INDArray correlate(INDArray input, INDArray filters, INDArray bias) {
        int channels = (int) input.size(0);
        int n = (int) input.size(1);
        int k = (int) filters.size(3);
        int p = (k - 1) / 2;
        int m = n + 2 * p;
        double[] x = input.dup('c').data().asDouble();
        double[] padded = new double[channels * m * m];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(x, (c * n + i) * n, padded, (c * m + i + p) * m + p, n);
            }
        }
        double[] w = filters.dup('c').data().asDouble();
        int outputs = (int) filters.size(0);
        double[] out = new double[outputs * n * n];
        for (int o = 0; o < outputs; o++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = bias.getDouble(o);
                    for (int c = 0; c < channels; c++) {
                        for (int u = 0; u < k; u++) {
                            for (int v = 0; v < k; v++) {
                                sum += padded[(c * m + i + u) * m + j + v] * w[((o * channels + c) * k + u) * k + v];
                            }
                        }
                    }
                    out[(o * n + i) * n + j] = sum;
                }
            }
        }
        return Nd4j.create(out, new long[] {outputs, n, n}, DataType.DOUBLE);
    }
}
