package org.dlcourse.finitewidth;

import java.util.SplittableRandom;

/**
 * Random ReLU features in the course's NTK parameterization (lecture 10, "Random features and their kernel"): the
 * hidden layer of exercise 07's depth-1 network, frozen, with the readout's factor σ_w/√p folded in,
 * <pre>
 *     φ_k(x) = (σ_w/√p)·relu(σ_w·(w_k·x)/√d + σ_b·b_k),   k = 1 … p,   w_k ~ N(0, I_d),  b_k ~ N(0, 1),
 * </pre>
 * so that a linear readout f(x) = φ(x)·a with a ~ N(0, I_p) is 07's network without its readout bias. By the law
 * of large numbers over the p independent features, φ(x)·φ(x′) → {@link ArcCosineKernel#nngp} as p → ∞ (Rahimi and
 * Recht 2007; Cho and Saul 2009), with fluctuations of order p^(−1/2).
 *
 * <p>Immutable: the weights are drawn once (or given) and copied.
 */
public final class RandomReluFeatures {

    private final double[][] weights;
    private final double[] biases;
    private final double sigmaW;
    private final double sigmaB;

    private RandomReluFeatures(double[][] weights, double[] biases, double sigmaW, double sigmaB) {
        this.weights = weights;
        this.biases = biases;
        this.sigmaW = sigmaW;
        this.sigmaB = sigmaB;
    }

    /**
     * Features with the given weights w_k (the rows of {@code weights}, [p][d]) and biases b_k ([p]); both are copied.
     */
    public static RandomReluFeatures of(double[][] weights, double[] biases, double sigmaW, double sigmaB) {
        Inputs.requireMatrix(weights, "weights");
        Inputs.requireVector(biases, weights.length, "biases");
        Inputs.requireScale(sigmaW, "sigmaW");
        Inputs.requireScale(sigmaB, "sigmaB");
        double[][] copy = new double[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            copy[k] = weights[k].clone();
        }
        return new RandomReluFeatures(copy, biases.clone(), sigmaW, sigmaB);
    }

    /**
     * p features of d inputs with w_k ~ N(0, I_d) and b_k ~ N(0, 1) drawn from {@code new SplittableRandom(seed)}:
     * the weights row by row, then the biases.
     */
    public static RandomReluFeatures sample(int inputDimension, int width, double sigmaW, double sigmaB, long seed) {
        Inputs.requirePositive(inputDimension, "inputDimension");
        Inputs.requirePositive(width, "width");
        SplittableRandom random = new SplittableRandom(seed);
        double[][] weights = new double[width][inputDimension];
        for (double[] row : weights) {
            for (int j = 0; j < inputDimension; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[] biases = new double[width];
        for (int k = 0; k < width; k++) {
            biases[k] = random.nextGaussian();
        }
        return of(weights, biases, sigmaW, sigmaB);
    }

    /** The number of features p. */
    public int width() {
        return weights.length;
    }

    /** The input dimension d. */
    public int inputDimension() {
        return weights[0].length;
    }

    /**
     * The feature matrix Φ [N][p] of the rows of {@code x} [N][d]: Φ_ik = (σ_w/√p)·relu(σ_w·(w_k·x_i)/√d + σ_b·b_k).
     */
    public double[][] features(double[][] x) {
        Inputs.requireMatrix(x, "x");
        if (x[0].length != inputDimension()) {
            throw new IllegalArgumentException("x must have d = " + inputDimension() + " columns, but had "
                    + x[0].length);
        }
        throw new UnsupportedOperationException("TODO: Φ_ik = (σ_w/√p)·relu(σ_w·(w_k·x_i)/√d + σ_b·b_k), with d the input dimension and p the number of features.");
    }

    /** The empirical kernel φ(x_i)·φ(x′_j) [N1][N2] between the rows of {@code x1} and {@code x2}. */
    public double[][] kernel(double[][] x1, double[][] x2) {
        double[][] phi1 = features(x1);
        double[][] phi2 = x1 == x2 ? phi1 : features(x2);
        double[][] k = new double[phi1.length][phi2.length];
        for (int i = 0; i < phi1.length; i++) {
            for (int j = 0; j < phi2.length; j++) {
                k[i][j] = Inputs.dot(phi1[i], phi2[j]);
            }
        }
        return k;
    }
}
