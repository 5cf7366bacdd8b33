package org.dlcourse.ntk;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;

/**
 * Gradient flow dθ/dt = −η·∇_θ L on L = ½·mean_i (f(x_i) − y_i)² for a network linearized around its
 * initialization, in closed form; neural-tangents' {@code predict.gradient_descent_mse} (Lee et al. 2019, eqs.
 * (8)–(9)). With the NTK Θ on the N training inputs, Θ* between test and training inputs and the initial outputs
 * f₀:
 * <pre>
 *     f_t(X)  = y + e^(−η·t·Θ/N)·(f₀(X) − y),
 *     f_t(X*) = f₀(X*) − Θ*·Θ⁻¹·(I − e^(−η·t·Θ/N))·(f₀(X) − y),
 *     f_∞(X*) = f₀(X*) − Θ*·Θ⁻¹·(f₀(X) − y)          (Θ⁻¹ by a Cholesky solve).
 * </pre>
 * For finite t, Θ = V·Λ·Vᵀ once, and Θ⁻¹·(I − e^(−η·t·Θ/N)) = V·diag(−expm1(−η·t·λ/N)/λ)·Vᵀ, whose eigenvalue
 * function tends to η·t/N as λ → 0, so a singular Θ is harmless at finite times.
 */
public final class GradientFlow {

    private final INDArray ntkTestTrain;
    private final INDArray targets;
    private final INDArray initialTrain;
    private final INDArray initialTest;
    private final double learningRate;
    private final double[][] ntkTrain;
    private final double[] eigenvalues;
    private final INDArray eigenvectors;
    private final INDArray residualInEigenbasis;

    /**
     * @param ntkTrain     Θ [N, N] on the training inputs, symmetric positive semi-definite
     * @param ntkTestTrain Θ* [M, N] between test and training inputs
     * @param targets      y [N]
     * @param initialTrain f₀ on the training inputs [N]
     * @param initialTest  f₀ on the test inputs [M]
     * @param learningRate η &gt; 0
     */
    public GradientFlow(INDArray ntkTrain, INDArray ntkTestTrain, INDArray targets, INDArray initialTrain,
            INDArray initialTest, double learningRate) {
        Inputs.requireInputs(ntkTrain, "ntkTrain");
        Inputs.requireInputs(ntkTestTrain, "ntkTestTrain");
        long n = ntkTrain.rows();
        if (ntkTrain.columns() != n || ntkTestTrain.columns() != n) {
            throw new IllegalArgumentException("ntkTrain must be [N, N] and ntkTestTrain [M, N], but were "
                    + java.util.Arrays.toString(ntkTrain.shape()) + " and " + java.util.Arrays.toString(ntkTestTrain.shape()));
        }
        Inputs.requireVector(targets, n, "targets");
        Inputs.requireVector(initialTrain, n, "initialTrain");
        Inputs.requireVector(initialTest, ntkTestTrain.rows(), "initialTest");
        if (!(learningRate > 0.0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite, but was " + learningRate);
        }
        this.ntkTestTrain = ntkTestTrain.dup();
        this.targets = targets.reshape(n).dup();
        this.initialTrain = initialTrain.reshape(n).dup();
        this.initialTest = initialTest.reshape(ntkTestTrain.rows()).dup();
        this.learningRate = learningRate;
        this.ntkTrain = ntkTrain.toDoubleMatrix();
        INDArray vectors = ntkTrain.dup('f');
        this.eigenvalues = Eigen.symmetricGeneralizedEigenvalues(vectors, true).toDoubleVector();
        this.eigenvectors = vectors;
        this.residualInEigenbasis = vectors.transpose().mmul(this.initialTrain.sub(this.targets).reshape(n, 1));
    }

    /** The predictions at time t ≥ 0; t = ∞ (Double.POSITIVE_INFINITY) gives the converged ones. */
    public Predictions predict(double t) {
        if (!(t >= 0.0) || Double.isNaN(t)) {
            throw new IllegalArgumentException("the time must be non-negative, but was " + t);
        }
        if (t == Double.POSITIVE_INFINITY) {
            return converged();
        }
        throw new UnsupportedOperationException("TODO: in the eigenbasis of Θ, scale the initial residual r₀ = f₀(X) − y by e^(−η·t·λ/N) for the training outputs and by −expm1(−η·t·λ/N)/λ (η·t/N when λ = 0) before applying Θ* for the test outputs (class comment).");
    }

    /** The predictions at each of {@code times}, in order; the same as calling {@link #predict(double)} for each. */
    public List<Predictions> predict(double... times) {
        List<Predictions> out = new ArrayList<>();
        for (double t : times) {
            out.add(predict(t));
        }
        return out;
    }

    private Predictions converged() {
        throw new UnsupportedOperationException("TODO: the training outputs converge to y; the test outputs are f₀(X*) − Θ*·Θ⁻¹·(f₀(X) − y) with Θ⁻¹ applied by a Cholesky factorization Θ = L·Lᵀ and two triangular solves.");
    }
}
