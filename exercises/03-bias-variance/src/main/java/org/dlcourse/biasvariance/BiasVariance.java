package org.dlcourse.biasvariance;

import java.util.SplittableRandom;

/**
 * Monte-Carlo estimation of the bias–variance decomposition of polynomial least squares
 * (Geman, Bienenstock and Doursat, "Neural networks and the bias/variance dilemma", Neural Computation 4, 1992;
 * Bishop, <i>Pattern Recognition and Machine Learning</i>, §3.2; Hastie, Tibshirani and Friedman,
 * <i>The Elements of Statistical Learning</i>, §7.3).
 *
 * <p>For a fixed test input x, the learned predictor ĝ_D depends on the random training set D. Averaged over D
 * and over the noise of a fresh label y = h*(x) + ε,
 * E[(y − ĝ_D(x))²] = σ² + (E_D[ĝ_D(x)] − h*(x))² + Var_D[ĝ_D(x)] = noise + bias² + variance.
 * Drawing M independent training sets replaces E_D by an average over them (lecture 03, "Estimating it by Monte
 * Carlo").
 */
public final class BiasVariance {

    private BiasVariance() {
    }

    /**
     * The decomposition of {@link Decomposition} from the predictions of M trained models at T test points.
     *
     * @param predictions   M rows of T predictions: {@code predictions[m][t]} = ĝ_m(x_t)
     * @param truth         the noise-free targets h*(x_t), T entries (never noisy labels)
     * @param noiseVariance σ² ≥ 0
     * @return bias², variance (dividing by M, the population variance of the M predictions) and
     *     testError = σ² + (1/M)·Σ_m (ĝ_m − h*)² per test point, and the noise σ²
     */
    public static Decomposition decompose(double[][] predictions, double[] truth, double noiseVariance) {
        Inputs.requirePredictions(predictions, truth, noiseVariance);
        throw new UnsupportedOperationException("TODO: per test point, average the M predictions, then compute (mean − truth)², the mean squared deviation from the mean (divide by M), and σ² + the mean squared deviation from the truth.");
    }

    /**
     * A Monte-Carlo estimate of the decomposition for polynomials of degree d fitted to training sets of n points.
     *
     * <p>The draws are fixed so that the result is a function of the arguments: with
     * {@code random = new SplittableRandom(seed)}, training set m = 0, 1, …, M − 1 is
     * {@code problem.sample(random, n)}, in that order, and nothing else is drawn from {@code random}.
     *
     * @param problem      the data distribution y = h*(x) + ε
     * @param degree       the degree d ≥ 0 of the fitted polynomials
     * @param trainingSize the number n ≥ d + 1 of points per training set
     * @param repetitions  the number M ≥ 1 of independent training sets
     * @param testX        the test inputs x_1, …, x_T
     * @param seed         the seed of the training sets
     * @return the decomposition at the test points (truth h*(x_t), noise σ²) and the mean training error
     */
    public static MonteCarloEstimate estimate(Problem problem, int degree, int trainingSize, int repetitions,
            double[] testX, long seed) {
        Inputs.requireExperiment(problem, degree, trainingSize, repetitions, testX);
        throw new UnsupportedOperationException("TODO: draw M training sets in order from new SplittableRandom(seed) with problem.sample, fit each, collect its predictions at testX and its training MSE, then decompose against problem.truth(testX) and problem.noiseVariance().");
    }
}
