package org.dlcourse.ntk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected network with scalar output in the NTK parameterization (Jacot et al. 2018, eq. (1);
 * neural-tangents' {@code Dense(parameterization='ntk')}):
 * <pre>
 *     h_0 = x,   z_l = (σ_w/√n_{l−1})·W_l·h_{l−1} + σ_b·b_l,   h_l = φ(z_l)   (l = 1, …, L),
 *     f(x) = z_{L+1} = (σ_w/√n_L)·W_{L+1}·h_L + σ_b·b_{L+1},
 * </pre>
 * with every parameter W_l, b_l drawn from N(0, 1): the scales live in the forward pass, not in the initialization
 * (the standard parameterization would draw W ~ N(0, σ_w²/n) and compute W·h + b, the same function at
 * initialization but other gradients). n_0 = d is the input dimension, n_1 = … = n_L the width, n_{L+1} = 1.
 *
 * <p>Batches are rows: x is [N, d], h_l and z_l are [N, n_l]. W_l has shape [n_l, n_{l−1}] and b_l shape [n_l].
 * Immutable: the parameter arrays are never modified; {@link #gradientStep} returns a new network.
 */
public final class FullyConnectedNetwork {

    private final Architecture architecture;
    private final List<INDArray> weights;
    private final List<INDArray> biases;

    /**
     * A network with the given parameters: weights W_1 … W_{L+1} and biases b_1 … b_{L+1}, DOUBLE, with the
     * shapes of the class comment (the width is read from W_1). The arrays are used as they are, not copied.
     */
    public FullyConnectedNetwork(Architecture architecture, List<INDArray> weights, List<INDArray> biases) {
        this.architecture = architecture;
        this.weights = List.copyOf(weights);
        this.biases = List.copyOf(biases);
        int layers = architecture.depth() + 1;
        if (this.weights.size() != layers || this.biases.size() != layers) {
            throw new IllegalArgumentException("a network of depth " + architecture.depth() + " needs " + layers
                    + " weight matrices and bias vectors, but got " + this.weights.size() + " and " + this.biases.size());
        }
        long width = this.weights.get(0).rows();
        long fanIn = this.weights.get(0).columns();
        for (int l = 0; l < layers; l++) {
            long rows = l == layers - 1 ? 1 : width;
            INDArray w = this.weights.get(l);
            INDArray b = this.biases.get(l);
            Inputs.requireDouble(w, "W_" + (l + 1));
            Inputs.requireDouble(b, "b_" + (l + 1));
            if (w.rank() != 2 || w.rows() != rows || w.columns() != fanIn || b.length() != rows) {
                throw new IllegalArgumentException("layer " + (l + 1) + " needs W of shape [" + rows + ", " + fanIn
                        + "] and b of length " + rows + ", but got " + Arrays.toString(w.shape()) + " and "
                        + Arrays.toString(b.shape()));
            }
            fanIn = rows;
        }
    }

    /**
     * A network with every parameter drawn from N(0, 1) by {@code random}: layer by layer, W_l in row-major
     * order, then b_l.
     */
    public static FullyConnectedNetwork initialize(Architecture architecture, int inputDimension, int width,
            SplittableRandom random) {
        if (inputDimension < 1 || width < 1) {
            throw new IllegalArgumentException("the input dimension and the width must be at least 1, but were "
                    + inputDimension + " and " + width);
        }
        List<INDArray> weights = new ArrayList<>();
        List<INDArray> biases = new ArrayList<>();
        int fanIn = inputDimension;
        for (int l = 0; l <= architecture.depth(); l++) {
            int fanOut = l == architecture.depth() ? 1 : width;
            weights.add(gaussian(random, fanOut, fanIn));
            biases.add(gaussian(random, fanOut, 1).reshape(fanOut));
            fanIn = fanOut;
        }
        return new FullyConnectedNetwork(architecture, weights, biases);
    }

    private static INDArray gaussian(SplittableRandom random, int rows, int columns) {
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {rows, columns});
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The input dimension d = n_0. */
    public int inputDimension() {
        return weights.get(0).columns();
    }

    /** The width n = n_1 = … = n_L. */
    public int width() {
        return weights.get(0).rows();
    }

    /** W_1 … W_{L+1}; do not modify them. */
    public List<INDArray> weights() {
        return weights;
    }

    /** b_1 … b_{L+1}; do not modify them. */
    public List<INDArray> biases() {
        return biases;
    }

    /** The outputs f(x_i) [N] for the rows of x [N, d]. */
    public INDArray outputs(INDArray x) {
        return forward(x).output();
    }

    /** The forward pass of the class comment for the rows of x [N, d], keeping every h_l and z_l. */
    public ForwardPass forward(INDArray x) {
        Inputs.requireInputs(x, "x");
        if (x.columns() != inputDimension()) {
            throw new IllegalArgumentException("the network takes inputs of dimension " + inputDimension()
                    + ", but x has " + x.columns() + " columns");
        }
        // BEGIN SOLUTION: for l = 1 … L+1: z_l = (σ_w/√n_{l−1})·h_{l−1}·W_lᵀ + σ_b·b_l (rows are samples), h_l = φ(z_l) for the hidden layers; keep every h_{l−1} and z_l.
        List<INDArray> inputs = new ArrayList<>();
        List<INDArray> pre = new ArrayList<>();
        INDArray h = x;
        for (int l = 0; l < weights.size(); l++) {
            INDArray w = weights.get(l);
            INDArray z = h.mmul(w.transpose()).muli(architecture.sigmaW() / Math.sqrt(w.columns()));
            z.addiRowVector(biases.get(l).reshape(1, w.rows()).mul(architecture.sigmaB()));
            inputs.add(h);
            pre.add(z);
            h = architecture.activation().apply(z);
        }
        return new ForwardPass(inputs, pre);
        // END SOLUTION
    }

    /**
     * Back-propagation of the output through a forward pass: δ_l = ∂f/∂z_l for l = 1 … L+1, each [N, n_l] (one
     * row per sample), from δ_{L+1} = 1 and δ_l = ((σ_w/√n_l)·δ_{l+1}·W_{l+1}) ∘ φ′(z_l).
     */
    public List<INDArray> backward(ForwardPass pass) {
        // BEGIN SOLUTION: start from δ_{L+1} = ones [N, 1]; going down, δ_l = (σ_w/√n_l)·(δ_{l+1}·W_{l+1}) ∘ φ′(z_l); return δ_1 … δ_{L+1} in layer order.
        int layers = weights.size();
        INDArray[] deltas = new INDArray[layers];
        List<INDArray> pre = pass.preActivations();
        deltas[layers - 1] = Nd4j.ones(pre.get(layers - 1).dataType(), pre.get(layers - 1).rows(), 1);
        for (int l = layers - 2; l >= 0; l--) {
            INDArray w = weights.get(l + 1);
            deltas[l] = deltas[l + 1].mmul(w).muli(architecture.sigmaW() / Math.sqrt(w.columns()))
                    .muli(architecture.activation().derivative(pre.get(l)));
        }
        return List.of(deltas);
        // END SOLUTION
    }

    /**
     * One step of full-batch gradient descent θ ← θ − η·∇_θ L on L = ½·mean_i (f(x_i) − y_i)², where
     * ∂L/∂W_l = (σ_w/√n_{l−1})/N · (δ_l ∘ r)ᵀ·h_{l−1} and ∂L/∂b_l = σ_b/N · Σ_i r_i·δ_l[i], r = f − y.
     *
     * @param x            the inputs [N, d]
     * @param y            the targets [N]
     * @param learningRate η &gt; 0
     * @return the network after the step
     */
    public FullyConnectedNetwork gradientStep(INDArray x, INDArray y, double learningRate) {
        Inputs.requireInputs(x, "x");
        Inputs.requireVector(y, x.rows(), "y");
        if (!(learningRate > 0.0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite, but was " + learningRate);
        }
        // BEGIN SOLUTION: run forward and backward, r = f − y; for every layer subtract η times the gradients of the method comment (mind the 1/N of the mean) from new copies of W_l and b_l.
        ForwardPass pass = forward(x);
        List<INDArray> deltas = backward(pass);
        INDArray residual = pass.output().subi(y.reshape(y.length())).reshape(x.rows(), 1);
        double n = x.rows();
        List<INDArray> newWeights = new ArrayList<>();
        List<INDArray> newBiases = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            INDArray w = weights.get(l);
            INDArray weighted = deltas.get(l).mulColumnVector(residual);
            INDArray gradW = weighted.transpose().mmul(pass.layerInputs().get(l))
                    .muli(architecture.sigmaW() / Math.sqrt(w.columns()) / n);
            INDArray gradB = weighted.sum(0).muli(architecture.sigmaB() / n);
            newWeights.add(w.sub(gradW.muli(learningRate)));
            newBiases.add(biases.get(l).sub(gradB.reshape(biases.get(l).shape()).muli(learningRate)));
        }
        return new FullyConnectedNetwork(architecture, newWeights, newBiases);
        // END SOLUTION
    }

    /** The Euclidean norm of all parameters together, √(Σ_l |W_l|²_F + |b_l|²). */
    public double parameterNorm() {
        double sum = 0.0;
        for (int l = 0; l < weights.size(); l++) {
            sum += sq(weights.get(l).norm2Number().doubleValue()) + sq(biases.get(l).norm2Number().doubleValue());
        }
        return Math.sqrt(sum);
    }

    /** The Euclidean distance between the parameters of this network and those of {@code other} (same shapes). */
    public double parameterDistance(FullyConnectedNetwork other) {
        double sum = 0.0;
        for (int l = 0; l < weights.size(); l++) {
            sum += sq(weights.get(l).distance2(other.weights.get(l))) + sq(biases.get(l).distance2(other.biases.get(l)));
        }
        return Math.sqrt(sum);
    }

    private static double sq(double v) {
        return v * v;
    }
}
