package org.dlcourse.transfer;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalisation of every feature with PyTorch's {@code BatchNorm1d} semantics (Ioffe and Szegedy, "Batch
 * Normalization", ICML 2015). Given complete (exercise 05 derives it).
 *
 * <p>Training mode: x̂ = (x − μ_B)/√(σ²_B + ε) with the batch mean μ_B and the biased batch variance σ²_B, then
 * y = γ·x̂ + β; the running statistics move towards the batch's, running ← (1 − m)·running + m·batch, with the
 * unbiased variance N/(N − 1)·σ²_B for the running variance; m = 0.1, ε = 1e-5. Eval mode normalises with the
 * running statistics and leaves them alone. The running statistics are part of what pretraining learned: a frozen
 * backbone must run its batch norms in eval mode.
 */
public final class BatchNorm {

    /** PyTorch's default momentum m of the running statistics. */
    public static final double MOMENTUM = 0.1;
    /** PyTorch's default ε. */
    public static final double EPSILON = 1e-5;

    private final Parameter gamma;
    private final Parameter beta;
    private final INDArray runningMean;
    private final INDArray runningVariance;
    private boolean training = true;
    private INDArray normalized;
    private INDArray inverseStd;

    /** γ = 1, β = 0, running mean 0 and running variance 1 for {@code features} features, in training mode. */
    public BatchNorm(String name, int features) {
        this(new Parameter(name + ".weight", Nd4j.ones(DataType.DOUBLE, features)),
                new Parameter(name + ".bias", Nd4j.zeros(DataType.DOUBLE, features)),
                Nd4j.zeros(DataType.DOUBLE, features), Nd4j.ones(DataType.DOUBLE, features));
    }

    private BatchNorm(Parameter gamma, Parameter beta, INDArray runningMean, INDArray runningVariance) {
        this.gamma = gamma;
        this.beta = beta;
        this.runningMean = runningMean;
        this.runningVariance = runningVariance;
    }

    /** γ, then β. */
    public List<Parameter> parameters() {
        return List.of(gamma, beta);
    }

    /** The running mean, the array itself. */
    public INDArray runningMean() {
        return runningMean;
    }

    /** The running (unbiased) variance, the array itself. */
    public INDArray runningVariance() {
        return runningVariance;
    }

    /** Whether the layer normalises with batch statistics (and updates its running ones). */
    public boolean isTraining() {
        return training;
    }

    /** Training mode (true) or eval mode (false), as {@code module.train(mode)}. */
    public void setTraining(boolean training) {
        this.training = training;
    }

    /** Normalises x of shape [N, features] in the current mode; training mode needs N ≥ 2, as PyTorch. */
    public INDArray forward(INDArray x) {
        Checks.requireMatrix("the input of " + gamma.name(), x, runningMean.length());
        INDArray mean;
        INDArray variance;
        if (training) {
            long n = x.rows();
            if (n < 2) {
                throw new IllegalArgumentException("Expected more than 1 value per channel when training, got a batch"
                        + " of " + n);
            }
            mean = x.mean(0);
            variance = x.subRowVector(mean).muli(x.subRowVector(mean)).mean(0);
            runningMean.muli(1.0 - MOMENTUM).addi(mean.mul(MOMENTUM));
            runningVariance.muli(1.0 - MOMENTUM).addi(variance.mul(MOMENTUM * n / (n - 1.0)));
        } else {
            mean = runningMean;
            variance = runningVariance;
        }
        inverseStd = Transforms.pow(variance.add(EPSILON), -0.5, false);
        normalized = x.subRowVector(mean).muliRowVector(inverseStd);
        return normalized.mulRowVector(gamma.value()).addiRowVector(beta.value());
    }

    /**
     * Writes ∂L/∂γ = Σ G·x̂ and ∂L/∂β = Σ G and returns ∂L/∂x: in training mode
     * (1/N)·s·(N·Ĝ − ΣĜ − x̂·Σ(Ĝ·x̂)) with Ĝ = γ·G and s = 1/√(σ²_B + ε); in eval mode s·Ĝ.
     */
    public INDArray backward(INDArray upstream) {
        if (normalized == null) {
            throw new IllegalStateException("backward of " + gamma.name() + " needs a forward pass first");
        }
        gamma.gradient().assign(upstream.mul(normalized).sum(0));
        beta.gradient().assign(upstream.sum(0));
        INDArray scaled = upstream.mulRowVector(gamma.value());
        if (!training) {
            return scaled.muliRowVector(inverseStd);
        }
        double n = upstream.rows();
        INDArray centred = scaled.mul(n).subiRowVector(scaled.sum(0))
                .subi(normalized.mulRowVector(scaled.mul(normalized).sum(0)));
        return centred.muliRowVector(inverseStd).divi(n);
    }

    /** A deep copy: parameters, running statistics and mode. */
    public BatchNorm copy() {
        BatchNorm copy = new BatchNorm(gamma.copy(), beta.copy(), runningMean.dup(), runningVariance.dup());
        copy.training = training;
        return copy;
    }
}
