/**
 * Exercise 03: the bias–variance decomposition of polynomial least squares, estimated by Monte Carlo.
 *
 * <p>Polynomials of degree d are fitted in the Legendre basis of the data's interval scaled onto [−1, 1]
 * ({@link org.dlcourse.biasvariance.Legendre}, {@link org.dlcourse.biasvariance.PolynomialRegression}) by a
 * Householder QR least-squares solve ({@link org.dlcourse.biasvariance.LeastSquares}). Training sets come from a
 * {@link org.dlcourse.biasvariance.Problem} y = h*(x) + ε; {@link org.dlcourse.biasvariance.BiasVariance} fits many
 * of them and splits the expected test error into noise, bias² and variance; learning curves and a sweep over the
 * degree diagnose under- and overfitting.
 *
 * <p>Lecture: {@code lectures/03-bias-variance.md}. Everything here is plain Java on {@code double[]}: the
 * systems are a few dozen rows by at most a few dozen columns, where ND4J's per-operation overhead (tens of
 * microseconds) would cost more than the arithmetic. Library fitters, decompositions, Legendre polynomials and
 * variance estimators (Apache Commons Math, ND4J's linear algebra) are off limits for this exercise.
 */
package org.dlcourse.biasvariance;
