package org.dlcourse.equivariance.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A minimal CNN trainer on {@code float[]} for the rotated Fashion-MNIST experiment (instructor only): two
 * convolutions with weight tying, ReLU, 2 × 2 max pooling, optional pooling over orientations, global average
 * pooling, a dense readout, softmax cross-entropy and Adam. The equivariant layers are ordinary "same" correlations
 * whose filter bank is expanded from fewer base weights by an index map (every bank entry is one base weight), so
 * their gradient is the bank gradient summed back onto the base weights; the map is where the lecture's formulas
 * live ({@link #liftingMap}, {@link #groupMap}). Single sample at a time, single thread: the nets are small.
 */
final class TinyCnn {

    /** A "same" correlation whose bank [O, C, K, K] and bias [O] are gathered from base parameters. */
    static final class TiedConv {
        final int in;
        final int out;
        final int k;
        final int[] weightMap;
        final int[] biasMap;
        final Param weights;
        final Param bias;
        final float[] bank;
        final float[] bankBias;
        final float[] bankGrad;
        final float[] bankBiasGrad;

        TiedConv(int in, int out, int k, int[] weightMap, int[] biasMap, int baseWeights, int baseBias, double std,
                SplittableRandom random) {
            this.in = in;
            this.out = out;
            this.k = k;
            this.weightMap = weightMap;
            this.biasMap = biasMap;
            this.weights = new Param(baseWeights);
            this.bias = new Param(baseBias);
            for (int i = 0; i < baseWeights; i++) {
                weights.value[i] = (float) (std * DiscretizationStudy.gaussian(random));
            }
            this.bank = new float[weightMap.length];
            this.bankBias = new float[biasMap.length];
            this.bankGrad = new float[weightMap.length];
            this.bankBiasGrad = new float[biasMap.length];
        }

        void expand() {
            for (int i = 0; i < bank.length; i++) {
                bank[i] = weights.value[weightMap[i]];
            }
            for (int i = 0; i < bankBias.length; i++) {
                bankBias[i] = bias.value[biasMap[i]];
            }
        }

        void reduceGradients() {
            for (int i = 0; i < bank.length; i++) {
                weights.grad[weightMap[i]] += bankGrad[i];
                bankGrad[i] = 0;
            }
            for (int i = 0; i < bankBias.length; i++) {
                bias.grad[biasMap[i]] += bankBiasGrad[i];
                bankBiasGrad[i] = 0;
            }
        }

        float[] forward(float[] x, int n) {
            int p = (k - 1) / 2;
            float[] y = new float[out * n * n];
            for (int o = 0; o < out; o++) {
                java.util.Arrays.fill(y, o * n * n, (o + 1) * n * n, bankBias[o]);
                for (int c = 0; c < in; c++) {
                    for (int u = 0; u < k; u++) {
                        for (int v = 0; v < k; v++) {
                            float w = bank[((o * in + c) * k + u) * k + v];
                            int jFrom = Math.max(0, p - v);
                            int jTo = Math.min(n, n + p - v);
                            for (int i = Math.max(0, p - u); i < Math.min(n, n + p - u); i++) {
                                int yRow = (o * n + i) * n;
                                int xRow = (c * n + i + u - p) * n + v - p;
                                for (int j = jFrom; j < jTo; j++) {
                                    y[yRow + j] += w * x[xRow + j];
                                }
                            }
                        }
                    }
                }
            }
            return y;
        }

        float[] backward(float[] x, float[] dy, int n) {
            int p = (k - 1) / 2;
            float[] dx = new float[in * n * n];
            for (int o = 0; o < out; o++) {
                float db = 0;
                for (int idx = o * n * n; idx < (o + 1) * n * n; idx++) {
                    db += dy[idx];
                }
                bankBiasGrad[o] += db;
                for (int c = 0; c < in; c++) {
                    for (int u = 0; u < k; u++) {
                        for (int v = 0; v < k; v++) {
                            int wIndex = ((o * in + c) * k + u) * k + v;
                            float w = bank[wIndex];
                            float dw = 0;
                            int jFrom = Math.max(0, p - v);
                            int jTo = Math.min(n, n + p - v);
                            for (int i = Math.max(0, p - u); i < Math.min(n, n + p - u); i++) {
                                int yRow = (o * n + i) * n;
                                int xRow = (c * n + i + u - p) * n + v - p;
                                for (int j = jFrom; j < jTo; j++) {
                                    dw += dy[yRow + j] * x[xRow + j];
                                    dx[xRow + j] += dy[yRow + j] * w;
                                }
                            }
                            bankGrad[wIndex] += dw;
                        }
                    }
                }
            }
            return dx;
        }
    }

    /** Parameters with their gradient and Adam's moments. */
    static final class Param {
        final float[] value;
        final float[] grad;
        final float[] m;
        final float[] v;

        Param(int size) {
            value = new float[size];
            grad = new float[size];
            m = new float[size];
            v = new float[size];
        }
    }

    /** Source (u, v) of bank tap (u, v) after r counter-clockwise quarter turns of a K × K filter: rot(w)[u][v] = w[v][K − 1 − u]. */
    private static int[] source(int u, int v, int k, int r) {
        int su = u;
        int sv = v;
        for (int t = 0; t < r; t++) {
            int nu = sv;
            sv = k - 1 - su;
            su = nu;
        }
        return new int[] {su, sv};
    }

    /** Identity maps: an ordinary convolution. */
    static int[] identity(int size) {
        int[] map = new int[size];
        for (int i = 0; i < size; i++) {
            map[i] = i;
        }
        return map;
    }

    /** Lifting bank [4·O, C, K, K], output channel r·O + o = rot^r(w[o, c]). */
    static int[] liftingMap(int in, int out, int k) {
        int[] map = new int[4 * out * in * k * k];
        for (int r = 0; r < 4; r++) {
            for (int o = 0; o < out; o++) {
                for (int c = 0; c < in; c++) {
                    for (int u = 0; u < k; u++) {
                        for (int v = 0; v < k; v++) {
                            int[] s = source(u, v, k, r);
                            map[((((r * out + o) * in) + c) * k + u) * k + v] = ((o * in + c) * k + s[0]) * k + s[1];
                        }
                    }
                }
            }
        }
        return map;
    }

    /** Group bank [4·O, 4·C, K, K]: output r·O + o, input s·C + c holds rot^r(w[o, c, (s − r) mod 4]). */
    static int[] groupMap(int in, int out, int k) {
        int[] map = new int[16 * out * in * k * k];
        for (int r = 0; r < 4; r++) {
            for (int o = 0; o < out; o++) {
                for (int s = 0; s < 4; s++) {
                    for (int c = 0; c < in; c++) {
                        for (int u = 0; u < k; u++) {
                            for (int v = 0; v < k; v++) {
                                int[] src = source(u, v, k, r);
                                int base = (((o * in + c) * 4 + Math.floorMod(s - r, 4)) * k + src[0]) * k + src[1];
                                map[((((r * out + o) * 4 * in) + s * in + c) * k + u) * k + v] = base;
                            }
                        }
                    }
                }
            }
        }
        return map;
    }

    /** Bias r·O + o = b[o]. */
    static int[] orientationBiasMap(int out) {
        int[] map = new int[4 * out];
        for (int i = 0; i < map.length; i++) {
            map[i] = i % out;
        }
        return map;
    }

    final TiedConv first;
    final TiedConv second;
    final Param dense;
    final Param denseBias;
    final boolean orientations;
    final int features;
    final int classes = 10;
    private int step;

    private TinyCnn(TiedConv first, TiedConv second, boolean orientations, int features, SplittableRandom random) {
        this.first = first;
        this.second = second;
        this.orientations = orientations;
        this.features = features;
        this.dense = new Param(classes * features);
        this.denseBias = new Param(classes);
        for (int i = 0; i < dense.value.length; i++) {
            dense.value[i] = (float) (Math.sqrt(1.0 / features) * DiscretizationStudy.gaussian(random));
        }
    }

    /** Lifting (1 → c1, 5 × 5), ReLU, max pool, group convolution (c1 → c2, 3 × 3), ReLU, orientation max, mean, dense. */
    static TinyCnn c4(int c1, int c2, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TiedConv lifting = new TiedConv(1, 4 * c1, 5, liftingMap(1, c1, 5), orientationBiasMap(c1), c1 * 25, c1,
                Math.sqrt(2.0 / 25), random);
        TiedConv group = new TiedConv(4 * c1, 4 * c2, 3, groupMap(c1, c2, 3), orientationBiasMap(c2), c2 * c1 * 4 * 9, c2,
                Math.sqrt(2.0 / (4 * c1 * 9)), random);
        return new TinyCnn(lifting, group, true, c2, random);
    }

    /** Convolution (1 → a, 5 × 5), ReLU, max pool, convolution (a → b, 3 × 3), ReLU, mean, dense. */
    static TinyCnn plain(int a, int b, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TiedConv conv1 = new TiedConv(1, a, 5, identity(a * 25), identity(a), a * 25, a, Math.sqrt(2.0 / 25), random);
        TiedConv conv2 = new TiedConv(a, b, 3, identity(b * a * 9), identity(b), b * a * 9, b, Math.sqrt(2.0 / (a * 9)), random);
        return new TinyCnn(conv1, conv2, false, b, random);
    }

    int parameterCount() {
        return first.weights.value.length + first.bias.value.length + second.weights.value.length
                + second.bias.value.length + dense.value.length + denseBias.value.length;
    }

    private List<Param> params() {
        return List.of(first.weights, first.bias, second.weights, second.bias, dense, denseBias);
    }

    /** Everything the backward pass needs from the forward pass of one image [1, n, n]. */
    private record Trace(float[] x, float[] h1, float[] a1, int[] poolArg, float[] p1, float[] h2, float[] a2,
            int[] orientArg, float[] pooled, float[] logits) {
    }

    private Trace forward(float[] image, int n) {
        float[] h1 = first.forward(image, n);
        float[] a1 = relu(h1);
        int m = n / 2;
        int channels1 = first.out;
        float[] p1 = new float[channels1 * m * m];
        int[] poolArg = new int[p1.length];
        for (int c = 0; c < channels1; c++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    int best = (c * n + 2 * i) * n + 2 * j;
                    for (int di = 0; di < 2; di++) {
                        for (int dj = 0; dj < 2; dj++) {
                            int idx = (c * n + 2 * i + di) * n + 2 * j + dj;
                            if (a1[idx] > a1[best]) {
                                best = idx;
                            }
                        }
                    }
                    p1[(c * m + i) * m + j] = a1[best];
                    poolArg[(c * m + i) * m + j] = best;
                }
            }
        }
        float[] h2 = second.forward(p1, m);
        float[] a2 = relu(h2);
        int plane = m * m;
        float[] reduced = a2;
        int[] orientArg = null;
        if (orientations) {
            reduced = new float[features * plane];
            orientArg = new int[features * plane];
            for (int o = 0; o < features; o++) {
                for (int q = 0; q < plane; q++) {
                    int best = o * plane + q;
                    for (int r = 1; r < 4; r++) {
                        int idx = (r * features + o) * plane + q;
                        if (a2[idx] > a2[best]) {
                            best = idx;
                        }
                    }
                    reduced[o * plane + q] = a2[best];
                    orientArg[o * plane + q] = best;
                }
            }
        }
        float[] pooled = new float[features];
        for (int o = 0; o < features; o++) {
            float sum = 0;
            for (int q = 0; q < plane; q++) {
                sum += reduced[o * plane + q];
            }
            pooled[o] = sum / plane;
        }
        float[] logits = new float[classes];
        for (int y = 0; y < classes; y++) {
            float sum = denseBias.value[y];
            for (int o = 0; o < features; o++) {
                sum += dense.value[y * features + o] * pooled[o];
            }
            logits[y] = sum;
        }
        return new Trace(image, h1, a1, poolArg, p1, h2, a2, orientArg, pooled, logits);
    }

    float[] logits(float[] image, int n) {
        return forward(image, n).logits();
    }

    /** Forward and backward of one sample, accumulating gradients; returns the loss. */
    private double accumulate(float[] image, int n, int label, float scale) {
        Trace t = forward(image, n);
        float max = Float.NEGATIVE_INFINITY;
        for (float z : t.logits()) {
            max = Math.max(max, z);
        }
        double norm = 0;
        for (float z : t.logits()) {
            norm += Math.exp(z - max);
        }
        float[] dz = new float[classes];
        for (int y = 0; y < classes; y++) {
            dz[y] = (float) (Math.exp(t.logits()[y] - max) / norm) * scale;
        }
        dz[label] -= scale;
        float[] dPooled = new float[features];
        for (int y = 0; y < classes; y++) {
            denseBias.grad[y] += dz[y];
            for (int o = 0; o < features; o++) {
                dense.grad[y * features + o] += dz[y] * t.pooled()[o];
                dPooled[o] += dz[y] * dense.value[y * features + o];
            }
        }
        int m = n / 2;
        int plane = m * m;
        float[] dA2 = new float[t.a2().length];
        for (int o = 0; o < features; o++) {
            for (int q = 0; q < plane; q++) {
                int target = orientations ? t.orientArg()[o * plane + q] : o * plane + q;
                dA2[target] += dPooled[o] / plane;
            }
        }
        for (int i = 0; i < dA2.length; i++) {
            if (t.h2()[i] <= 0) {
                dA2[i] = 0;
            }
        }
        float[] dP1 = second.backward(t.p1(), dA2, m);
        float[] dA1 = new float[t.a1().length];
        for (int i = 0; i < dP1.length; i++) {
            dA1[t.poolArg()[i]] += dP1[i];
        }
        for (int i = 0; i < dA1.length; i++) {
            if (t.h1()[i] <= 0) {
                dA1[i] = 0;
            }
        }
        first.backward(t.x(), dA1, n);
        return -(t.logits()[label] - max - Math.log(norm));
    }

    /** One Adam step (Kingma and Ba 2015, defaults β₁ = 0.9, β₂ = 0.999, ε = 1e−8) on a mini-batch; returns the mean loss. */
    double trainBatch(List<float[]> images, int[] labels, int n, double learningRate) {
        first.expand();
        second.expand();
        double loss = 0;
        float scale = 1f / images.size();
        for (int b = 0; b < images.size(); b++) {
            loss += accumulate(images.get(b), n, labels[b], scale);
        }
        first.reduceGradients();
        second.reduceGradients();
        step++;
        double correction1 = 1 - Math.pow(0.9, step);
        double correction2 = 1 - Math.pow(0.999, step);
        for (Param p : params()) {
            for (int i = 0; i < p.value.length; i++) {
                float g = p.grad[i];
                p.m[i] = 0.9f * p.m[i] + 0.1f * g;
                p.v[i] = 0.999f * p.v[i] + 0.001f * g * g;
                p.value[i] -= (float) (learningRate * (p.m[i] / correction1) / (Math.sqrt(p.v[i] / correction2) + 1e-8));
                p.grad[i] = 0;
            }
        }
        return loss / images.size();
    }

    /** Prepares the banks for inference after training. */
    void freeze() {
        first.expand();
        second.expand();
    }

    private static float[] relu(float[] x) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.max(0, x[i]);
        }
        return y;
    }
}
