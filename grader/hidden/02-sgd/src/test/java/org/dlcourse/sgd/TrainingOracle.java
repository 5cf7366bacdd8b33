package org.dlcourse.sgd;

/**
 * The hidden tests' own softmax regression in plain double loops, independent of ND4J and of the given model:
 * z_n = W ᵀx_n + b, L = −(1/N) Σ_n log softmax(z_n)[y_n], ∂L/∂W = Σ_n x_n (p_n − e_{y_n})ᵀ / N and
 * ∂L/∂b = Σ_n (p_n − e_{y_n}) / N. Parameters are flattened as the model's: W row-major [D, C], then b [C].
 */
final class TrainingOracle {

    private TrainingOracle() {
    }

    /** The mean loss of the samples {@code rows} (all of them when null) of (x, y). */
    static double loss(double[] weights, double[] bias, double[][] x, int[] y, int[] rows) {
        int count = rows == null ? y.length : rows.length;
        double sum = 0.0;
        for (int i = 0; i < count; i++) {
            int n = rows == null ? i : rows[i];
            double[] logits = logits(weights, bias, x[n]);
            double max = Double.NEGATIVE_INFINITY;
            for (double z : logits) {
                max = Math.max(max, z);
            }
            double total = 0.0;
            for (double z : logits) {
                total += Math.exp(z - max);
            }
            sum += Math.log(total) - (logits[y[n]] - max);
        }
        return sum / count;
    }

    /** The gradients {∂L/∂W, ∂L/∂b} of the mean loss of the samples {@code rows} (all when null). */
    static double[][] gradients(double[] weights, double[] bias, double[][] x, int[] y, int[] rows) {
        int count = rows == null ? y.length : rows.length;
        int classes = bias.length;
        double[] gradientW = new double[weights.length];
        double[] gradientB = new double[classes];
        for (int i = 0; i < count; i++) {
            int n = rows == null ? i : rows[i];
            double[] p = logits(weights, bias, x[n]);
            double max = Double.NEGATIVE_INFINITY;
            for (double z : p) {
                max = Math.max(max, z);
            }
            double total = 0.0;
            for (int c = 0; c < classes; c++) {
                p[c] = Math.exp(p[c] - max);
                total += p[c];
            }
            for (int c = 0; c < classes; c++) {
                double g = (p[c] / total - (c == y[n] ? 1.0 : 0.0)) / count;
                gradientB[c] += g;
                for (int d = 0; d < x[n].length; d++) {
                    gradientW[d * classes + c] += x[n][d] * g;
                }
            }
        }
        return new double[][] {gradientW, gradientB};
    }

    private static double[] logits(double[] weights, double[] bias, double[] x) {
        int classes = bias.length;
        double[] z = bias.clone();
        for (int d = 0; d < x.length; d++) {
            for (int c = 0; c < classes; c++) {
                z[c] += x[d] * weights[d * classes + c];
            }
        }
        return z;
    }
}
