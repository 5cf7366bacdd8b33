package org.dlcourse.backprop;

/**
 * The hidden tests' own two-layer network, written as plain double loops, independent of ND4J and of the student's
 * code: A = X·W1ᵀ + b1, H = max(0, A), Z = H·W2ᵀ + b2, L = −(1/N) Σ log softmax(z_n)[y_n] + (λ/2)(‖W1‖² + ‖W2‖²).
 */
final class NetworkOracle {

    /** The forward pass and, on request, the backward pass of one batch. */
    record Pass(double[][] preActivation, double[][] hidden, double[][] scores, double loss) {
    }

    /** The gradients of L with respect to W1, b1, W2, b2. */
    record Gradient(double[][] w1, double[] b1, double[][] w2, double[] b2) {
    }

    private NetworkOracle() {
    }

    static double[][] affine(double[][] x, double[][] w, double[] b) {
        double[][] y = new double[x.length][w.length];
        for (int n = 0; n < x.length; n++) {
            for (int o = 0; o < w.length; o++) {
                double sum = b[o];
                for (int i = 0; i < w[o].length; i++) {
                    sum += x[n][i] * w[o][i];
                }
                y[n][o] = sum;
            }
        }
        return y;
    }

    static Pass forward(double[][] w1, double[] b1, double[][] w2, double[] b2, double[][] x, int[] labels, double l2) {
        double[][] a = affine(x, w1, b1);
        double[][] h = new double[a.length][];
        for (int n = 0; n < a.length; n++) {
            h[n] = new double[a[n].length];
            for (int j = 0; j < a[n].length; j++) {
                h[n][j] = Math.max(0.0, a[n][j]);
            }
        }
        double[][] z = affine(h, w2, b2);
        double loss = 0.0;
        for (int n = 0; n < z.length; n++) {
            loss -= logSoftmax(z[n])[labels[n]];
        }
        loss /= z.length;
        return new Pass(a, h, z, loss + 0.5 * l2 * (squaredNorm(w1) + squaredNorm(w2)));
    }

    static Gradient gradient(double[][] w1, double[] b1, double[][] w2, double[] b2, double[][] x, int[] labels,
            double l2) {
        Pass pass = forward(w1, b1, w2, b2, x, labels, l2);
        int batch = x.length;
        double[][] gw1 = new double[w1.length][w1[0].length];
        double[] gb1 = new double[b1.length];
        double[][] gw2 = new double[w2.length][w2[0].length];
        double[] gb2 = new double[b2.length];
        for (int n = 0; n < batch; n++) {
            double[] gz = outputGradient(pass.scores()[n], labels[n], batch);
            for (int c = 0; c < gz.length; c++) {
                gb2[c] += gz[c];
                for (int j = 0; j < w1.length; j++) {
                    gw2[c][j] += gz[c] * pass.hidden()[n][j];
                }
            }
            for (int j = 0; j < w1.length; j++) {
                if (pass.preActivation()[n][j] <= 0) {
                    continue;
                }
                double ga = 0.0;
                for (int c = 0; c < gz.length; c++) {
                    ga += gz[c] * w2[c][j];
                }
                gb1[j] += ga;
                for (int i = 0; i < x[n].length; i++) {
                    gw1[j][i] += ga * x[n][i];
                }
            }
        }
        addScaled(gw1, w1, l2);
        addScaled(gw2, w2, l2);
        return new Gradient(gw1, gb1, gw2, gb2);
    }

    /** ∂L/∂X of the unregularized loss (the penalty does not depend on X). */
    static double[][] inputGradient(double[][] w1, double[] b1, double[][] w2, double[] b2, double[][] x, int[] labels) {
        Pass pass = forward(w1, b1, w2, b2, x, labels, 0.0);
        double[][] gx = new double[x.length][x[0].length];
        for (int n = 0; n < x.length; n++) {
            double[] gz = outputGradient(pass.scores()[n], labels[n], x.length);
            for (int j = 0; j < w1.length; j++) {
                if (pass.preActivation()[n][j] <= 0) {
                    continue;
                }
                double ga = 0.0;
                for (int c = 0; c < gz.length; c++) {
                    ga += gz[c] * w2[c][j];
                }
                for (int i = 0; i < x[n].length; i++) {
                    gx[n][i] += ga * w1[j][i];
                }
            }
        }
        return gx;
    }

    /** (softmax(z) − onehot(label)) / N for one row of scores. */
    private static double[] outputGradient(double[] scores, int label, int batch) {
        double[] gz = logSoftmax(scores);
        for (int c = 0; c < gz.length; c++) {
            gz[c] = (Math.exp(gz[c]) - (c == label ? 1.0 : 0.0)) / batch;
        }
        return gz;
    }

    static double squaredNorm(double[][] m) {
        double sum = 0.0;
        for (double[] row : m) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return sum;
    }

    private static double[] logSoftmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0.0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        double logSum = Math.log(sum);
        double[] result = new double[z.length];
        for (int c = 0; c < z.length; c++) {
            result[c] = z[c] - max - logSum;
        }
        return result;
    }

    private static void addScaled(double[][] target, double[][] source, double factor) {
        for (int r = 0; r < target.length; r++) {
            for (int c = 0; c < target[r].length; c++) {
                target[r][c] += factor * source[r][c];
            }
        }
    }
}
