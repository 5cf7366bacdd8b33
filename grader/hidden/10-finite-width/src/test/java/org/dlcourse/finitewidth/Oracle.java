package org.dlcourse.finitewidth;

import java.util.SplittableRandom;

/**
 * The hidden tests' own reference computations, independent of the student's classes: the arc-cosine kernel, the
 * features' formula, small dense solves by Gaussian elimination with partial pivoting (on well-conditioned systems
 * only), and matrix helpers.
 */
final class Oracle {

    private Oracle() {
    }

    /** σ_w²·(s + (π − θ)·c)/(2π) with q, q′, c = σ_w²·x·x′/d + σ_b², s = √max(q·q′ − c², 0), θ = atan2(s, c). */
    static double[][] arcCosine(double[][] x1, double[][] x2, double sigmaW, double sigmaB) {
        double sw2 = sigmaW * sigmaW;
        double sb2 = sigmaB * sigmaB;
        int d = x1[0].length;
        double[][] k = new double[x1.length][x2.length];
        for (int i = 0; i < x1.length; i++) {
            for (int j = 0; j < x2.length; j++) {
                double q1 = sw2 * dot(x1[i], x1[i]) / d + sb2;
                double q2 = sw2 * dot(x2[j], x2[j]) / d + sb2;
                double c = sw2 * dot(x1[i], x2[j]) / d + sb2;
                double s = Math.sqrt(Math.max(q1 * q2 - c * c, 0.0));
                k[i][j] = sw2 * (s + (Math.PI - Math.atan2(s, c)) * c) / (2.0 * Math.PI);
            }
        }
        return k;
    }

    /** (σ_w/√p)·relu(σ_w·(w_k·x_i)/√d + σ_b·b_k). */
    static double[][] features(double[][] weights, double[] biases, double sigmaW, double sigmaB, double[][] x) {
        int p = weights.length;
        double[][] phi = new double[x.length][p];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < p; k++) {
                double z = sigmaW * dot(weights[k], x[i]) / Math.sqrt(x[i].length) + sigmaB * biases[k];
                phi[i][k] = sigmaW / Math.sqrt(p) * Math.max(z, 0.0);
            }
        }
        return phi;
    }

    /** A [rows][columns] matrix of N(0, 1) entries from {@code new SplittableRandom(seed)}. */
    static double[][] gaussian(long seed, int rows, int columns) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = new double[rows][columns];
        for (double[] row : a) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return a;
    }

    static double[] gaussianVector(long seed, int n) {
        return gaussian(seed, 1, n)[0];
    }

    /** Solves M·z = b (M square, well conditioned) by Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] m, double[] b) {
        int n = b.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = new double[n + 1];
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] z = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = a[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * z[c];
            }
            z[r] = sum / a[r][r];
        }
        return z;
    }

    /** The minimum-norm solution Aᵀ·(A·Aᵀ)⁻¹·y of a full-row-rank, well-conditioned wide system. */
    static double[] minimumNormWide(double[][] a, double[] y) {
        return multiplyTransposed(a, solve(gram(a), y));
    }

    /** A·Aᵀ. */
    static double[][] gram(double[][] a) {
        double[][] g = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                g[i][j] = dot(a[i], a[j]);
            }
        }
        return g;
    }

    /** A·w. */
    static double[] multiply(double[][] a, double[] w) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = dot(a[i], w);
        }
        return out;
    }

    /** Aᵀ·z. */
    static double[] multiplyTransposed(double[][] a, double[] z) {
        double[] out = new double[a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += a[i][j] * z[i];
            }
        }
        return out;
    }

    /** B·C. */
    static double[][] product(double[][] b, double[][] c) {
        double[][] out = new double[b.length][c[0].length];
        for (int i = 0; i < b.length; i++) {
            for (int k = 0; k < c.length; k++) {
                for (int j = 0; j < out[i].length; j++) {
                    out[i][j] += b[i][k] * c[k][j];
                }
            }
        }
        return out;
    }

    static double[][] scaled(double[][] a, double factor) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = new double[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                out[i][j] = factor * a[i][j];
            }
        }
        return out;
    }

    static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double frobenius(double[][] a) {
        double sum = 0.0;
        for (double[] row : a) {
            sum += dot(row, row);
        }
        return Math.sqrt(sum);
    }

    static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
