package org.dlcourse.regularization;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Batch normalization of the d features of an n×d batch, with the semantics of PyTorch's
 * {@code torch.nn.BatchNorm1d(d, eps=1e-5, momentum=0.1)} (Ioffe and Szegedy, "Batch normalization", ICML 2015,
 * Algorithms 1 and 2; PyTorch's documentation of {@code BatchNorm1d}).
 *
 * <p>Training mode, per feature j over the n rows of the batch:
 * <pre>
 *   μ = (1/n)·Σ x_ij                 σ² = (1/n)·Σ (x_ij − μ)²          (biased: normalizes the batch)
 *   x̂_ij = (x_ij − μ) / √(σ² + ε)     y_ij = γ_j·x̂_ij + β_j
 *   running_mean ← (1 − m)·running_mean + m·μ
 *   running_var  ← (1 − m)·running_var  + m·σ²·n/(n − 1)              (unbiased: estimates the population)
 * </pre>
 * Evaluation mode: y = γ·(x − running_mean)/√(running_var + ε) + β, nothing updated. The running estimates start at
 * 0 and 1, γ at 1 and β at 0. Training needs n ≥ 2 rows (PyTorch: "Expected more than 1 value per channel when
 * training").
 *
 * <p>Backward (lecture 05, §3): with g = ∂L/∂y, ∂L/∂β = Σ_i g_i, ∂L/∂γ = Σ_i g_i·x̂_i and, in training mode,
 * ∂L/∂x_i = (γ/(n·√(σ² + ε)))·(n·g_i − Σ_k g_k − x̂_i·Σ_k g_k·x̂_k); in evaluation mode the layer is affine and
 * ∂L/∂x_i = γ·g_i/√(running_var + ε).
 */
public final class BatchNorm1d {

    /** PyTorch's default ε. */
    public static final double DEFAULT_EPS = 1e-5;
    /** PyTorch's default momentum m of the running estimates. */
    public static final double DEFAULT_MOMENTUM = 0.1;

    private final int features;
    private final double eps;
    private final double momentum;
    private final INDArray gamma;
    private final INDArray beta;
    private final INDArray runningMean;
    private final INDArray runningVar;
    /** x̂ of the last forward pass. */
    private INDArray normalized;
    /** 1/√(σ² + ε) (training) or 1/√(running_var + ε) (evaluation) of the last forward pass, 1×d. */
    private INDArray inverseStd;
    private Mode lastMode;

    /** A layer with PyTorch's defaults ε = 1e-5 and m = 0.1. */
    public BatchNorm1d(int features) {
        this(features, DEFAULT_EPS, DEFAULT_MOMENTUM);
    }

    /**
     * A layer of {@code features} features.
     *
     * @param features d ≥ 1
     * @param eps      ε &gt; 0, added to the variance
     * @param momentum m in [0, 1], the weight of the new batch in the running estimates
     */
    public BatchNorm1d(int features, double eps, double momentum) {
        if (features < 1) {
            throw new IllegalArgumentException("need at least one feature, got " + features);
        }
        if (!(eps > 0.0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be positive and finite, got " + eps);
        }
        if (!(momentum >= 0.0 && momentum <= 1.0)) {
            throw new IllegalArgumentException("momentum must be in [0, 1], got " + momentum);
        }
        this.features = features;
        this.eps = eps;
        this.momentum = momentum;
        this.gamma = Nd4j.ones(DataType.DOUBLE, 1, features);
        this.beta = Nd4j.zeros(DataType.DOUBLE, 1, features);
        this.runningMean = Nd4j.zeros(DataType.DOUBLE, 1, features);
        this.runningVar = Nd4j.ones(DataType.DOUBLE, 1, features);
    }

    /** The number d of features. */
    public int features() {
        return features;
    }

    /** ε. */
    public double eps() {
        return eps;
    }

    /** The momentum m of the running estimates. */
    public double momentum() {
        return momentum;
    }

    /** The scale γ, 1×d: the array itself, so an optimizer may update it in place. */
    public INDArray gamma() {
        return gamma;
    }

    /** The shift β, 1×d: the array itself, so an optimizer may update it in place. */
    public INDArray beta() {
        return beta;
    }

    /** The running mean, 1×d: the array itself. */
    public INDArray runningMean() {
        return runningMean;
    }

    /** The running (unbiased) variance, 1×d: the array itself. */
    public INDArray runningVar() {
        return runningVar;
    }

    /**
     * The forward pass (class comment); in {@link Mode#TRAIN} also updates the running estimates. Keeps what
     * {@link #backward} needs; never modifies x.
     *
     * @param x    an n×d DOUBLE batch, n ≥ 2 in training mode
     * @param mode training or evaluation
     * @return y, a new n×d array
     */
    public INDArray forward(INDArray x, Mode mode) {
        Checks.requireMatrix("x", x);
        Checks.requireNonNull("mode", mode);
        if (x.columns() != features) {
            throw new IllegalArgumentException("expected " + features + " features (columns), got " + x.columns());
        }
        if (mode == Mode.TRAIN && x.rows() < 2) {
            throw new IllegalArgumentException("Expected more than 1 value per channel when training, got input of "
                    + "shape [" + x.rows() + ", " + x.columns() + "]");
        }
        lastMode = mode;
        throw new UnsupportedOperationException("TODO: TRAIN: batch mean and BIASED variance per column, x̂ = (x − μ)/√(σ² + ε), running_mean ← (1−m)·running_mean + m·μ and running_var ← (1−m)·running_var + m·σ²·n/(n−1) (in place). EVAL: x̂ from the running estimates, nothing updated. Keep x̂ and 1/√(·+ε) for backward; return γ·x̂ + β.");
    }

    /**
     * The backward pass of the last {@link #forward} (class comment).
     *
     * @param upstream g = ∂L/∂y, the shape of the last input
     * @return ∂L/∂x, ∂L/∂γ and ∂L/∂β, new arrays
     * @throws IllegalStateException before any forward pass
     */
    public BatchNormGradients backward(INDArray upstream) {
        if (lastMode == null) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        Checks.requireMatrix("upstream", upstream);
        throw new UnsupportedOperationException("TODO: dβ = column sums of g, dγ = column sums of g·x̂; TRAIN: dx = γ/(n·√(σ²+ε))·(n·g − Σg − x̂·Σ(g·x̂)); EVAL: dx = γ·g/√(running_var+ε).");
    }
}
