package org.dlcourse.biasvariance;

/**
 * The result of one Monte-Carlo experiment of {@link BiasVariance#estimate}: M training sets of n points, a
 * polynomial of degree d fitted to each.
 *
 * @param degree        the degree d of the fitted polynomials
 * @param trainingSize  the number n of points per training set
 * @param repetitions   the number M of training sets
 * @param decomposition bias², variance, noise and expected test error at the test points
 * @param trainingError the training error, (1/M)·Σ_m (1/n)·Σ_i (y_mi − ĝ_m(x_mi))², each model on its own training set
 */
public record MonteCarloEstimate(int degree, int trainingSize, int repetitions, Decomposition decomposition,
                                 double trainingError) {
}
