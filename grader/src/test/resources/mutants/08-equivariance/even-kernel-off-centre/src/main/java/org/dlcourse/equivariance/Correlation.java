package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The "same" multi-channel cross-correlation of deep-learning libraries, with symmetric zero padding:
 * <pre>
 *   out[o][i][j] = b[o] + Σ_c Σ_{u,v} in[c][i + u − p][j + v − p] · w[o][c][u][v],   p = (K − 1)/2,
 * </pre>
 * pixels outside the image counting as 0. With an odd kernel and the padding p on every side the output has the
 * input's size and the filter is centred on the pixel it produces, so a rotation of the image about its centre and
 * of the filter about its centre commute with the correlation (lecture 08, §2).
 */
public final class Correlation {

    private Correlation() {
    }

    /**
     * The correlation of {@code input} with every filter, plus the bias.
     *
     * @param input   DOUBLE, shape [C, n, n]
     * @param filters DOUBLE, shape [O, C, K, K], K odd
     * @param bias    DOUBLE, shape [O]
     * @return a new array of shape [O, n, n]
     */
    public static INDArray correlate(INDArray input, INDArray filters, INDArray bias) {
        Inputs.requireRank(input, 3, "input", "[C, n, n]");
        Inputs.requireRank(filters, 4, "filters", "[O, C, K, K]");
        Inputs.requireRank(bias, 1, "bias", "[O]");
        int n = Inputs.requireSquare(input, "input");
        int k = Inputs.requireOddKernel(filters);
        Inputs.requireAxis(filters, 1, input.size(0), "filters", "input channels");
        Inputs.requireAxis(bias, 0, filters.size(0), "bias", "entries");
        int channels = (int) input.size(0);
        int outputs = (int) filters.size(0);
        double[] x = Inputs.values(input);
        double[] w = Inputs.values(filters);
        double[] b = Inputs.values(bias);
        // BEGIN SOLUTION: pad by p = (K − 1)/2 zeros on every side and sum in[c][i + u − p][j + v − p]·w[o][c][u][v] over c, u, v, plus b[o]
        int p = k / 2;
        double[] out = new double[outputs * n * n];
        for (int o = 0; o < outputs; o++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = b[o];
                    for (int c = 0; c < channels; c++) {
                        for (int u = 0; u < k; u++) {
                            int row = i + u - p;
                            if (row < 0 || row >= n) {
                                continue;
                            }
                            for (int v = 0; v < k; v++) {
                                int col = j + v - p;
                                if (col >= 0 && col < n) {
                                    sum += x[(c * n + row) * n + col] * w[((o * channels + c) * k + u) * k + v];
                                }
                            }
                        }
                    }
                    out[(o * n + i) * n + j] = sum;
                }
            }
        }
        return Inputs.array(out, outputs, n, n);
        // END SOLUTION
    }
}
