package org.dlcourse.biasvariance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.dlcourse.kit.random.RandomTensors;

/**
 * The hidden tests' own answers, written independently of the student's code and of its algorithms: Legendre
 * polynomials from their explicit sum in exact arithmetic, least squares in the Chebyshev basis by Givens
 * rotations, the variance by Welford's update, and the training sets drawn again from the seed with the kit.
 */
final class BiasVarianceOracle {

    private BiasVarianceOracle() {
    }

    /**
     * P_n(t) from the explicit sum P_n(t) = 2⁻ⁿ·Σ_{k=0}^{⌊n/2⌋} (−1)^k·C(n, k)·C(2n − 2k, n)·t^{n−2k}
     * (Abramowitz and Stegun 22.3.8), evaluated exactly in BigDecimal (t is a binary fraction, so every power is
     * exact) and rounded once: the sum cancels massively for large n, which exact arithmetic does not mind.
     */
    static double legendre(int n, double t) {
        BigDecimal x = new BigDecimal(t);
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; 2 * k <= n; k++) {
            BigInteger coefficient = binomial(n, k).multiply(binomial(2 * n - 2 * k, n));
            BigDecimal term = new BigDecimal(k % 2 == 0 ? coefficient : coefficient.negate()).multiply(x.pow(n - 2 * k));
            total = total.add(term);
        }
        return total.divide(new BigDecimal(BigInteger.TWO.pow(n)), MathContext.DECIMAL128).doubleValue();
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    /**
     * The least-squares polynomial of degree d through (x_i, y_i), evaluated at {@code at}: Chebyshev polynomials
     * T_k(s) of s = (x − c)/h on the data's span, c its centre and h its half-width, and the least-squares solution by
     * Givens rotations (Golub and Van Loan §5.2.5), a different basis and a different orthogonal factorization from
     * the exercise's.
     */
    static double[] fitAndPredict(double[] x, double[] y, int degree, double[] at) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double value : x) {
            lo = Math.min(lo, value);
            hi = Math.max(hi, value);
        }
        double centre = 0.5 * (lo + hi);
        double halfWidth = hi > lo ? 0.5 * (hi - lo) : 1.0;
        int rows = x.length;
        int columns = degree + 1;
        double[][] a = new double[rows][];
        for (int i = 0; i < rows; i++) {
            a[i] = chebyshev((x[i] - centre) / halfWidth, degree);
        }
        double[] b = y.clone();
        for (int j = 0; j < columns; j++) {
            for (int i = j + 1; i < rows; i++) {
                if (a[i][j] == 0.0) {
                    continue;
                }
                double radius = Math.hypot(a[j][j], a[i][j]);
                double cos = a[j][j] / radius;
                double sin = a[i][j] / radius;
                for (int k = j; k < columns; k++) {
                    double top = a[j][k];
                    a[j][k] = cos * top + sin * a[i][k];
                    a[i][k] = -sin * top + cos * a[i][k];
                }
                double top = b[j];
                b[j] = cos * top + sin * b[i];
                b[i] = -sin * top + cos * b[i];
            }
        }
        double[] c = new double[columns];
        for (int j = columns - 1; j >= 0; j--) {
            double sum = b[j];
            for (int k = j + 1; k < columns; k++) {
                sum -= a[j][k] * c[k];
            }
            c[j] = sum / a[j][j];
        }
        double[] predictions = new double[at.length];
        for (int t = 0; t < at.length; t++) {
            double[] basis = chebyshev((at[t] - centre) / halfWidth, degree);
            for (int k = 0; k < columns; k++) {
                predictions[t] += c[k] * basis[k];
            }
        }
        return predictions;
    }

    private static double[] chebyshev(double s, int degree) {
        double[] values = new double[degree + 1];
        values[0] = 1.0;
        if (degree >= 1) {
            values[1] = s;
        }
        for (int k = 1; k < degree; k++) {
            values[k + 1] = 2.0 * s * values[k] - values[k - 1];
        }
        return values;
    }

    /** The oracle's decomposition: the mean and the population variance by Welford's update (Knuth, TAOCP 2, §4.2.2). */
    static Expected decompose(double[][] predictions, double[] truth, double noiseVariance) {
        int points = truth.length;
        double[] bias2 = new double[points];
        double[] variance = new double[points];
        double[] testError = new double[points];
        for (int t = 0; t < points; t++) {
            double mean = 0.0;
            double squares = 0.0;
            double error = 0.0;
            for (int m = 0; m < predictions.length; m++) {
                double value = predictions[m][t];
                double delta = value - mean;
                mean += delta / (m + 1);
                squares += delta * (value - mean);
                error += ((value - truth[t]) * (value - truth[t]) - error) / (m + 1);
            }
            bias2[t] = (mean - truth[t]) * (mean - truth[t]);
            variance[t] = squares / predictions.length;
            testError[t] = noiseVariance + error;
        }
        return new Expected(bias2, variance, testError, noiseVariance, Double.NaN);
    }

    /**
     * The Monte-Carlo estimate on the draws the exercise specifies: from {@code new SplittableRandom(seed)}, per
     * repetition the inputs {@code RandomTensors.uniform(random, lo, hi, n)} and then the noise
     * {@code RandomTensors.gaussian(random, n)}, labels h*(x) + σ·z.
     */
    static Expected estimate(Problem problem, int degree, int trainingSize, int repetitions, double[] testX, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] predictions = new double[repetitions][];
        double trainingError = 0.0;
        for (int m = 0; m < repetitions; m++) {
            double[] x = RandomTensors.uniform(random, problem.domain().lo(), problem.domain().hi(), trainingSize)
                    .toDoubleVector();
            double[] z = RandomTensors.gaussian(random, trainingSize).toDoubleVector();
            double[] y = new double[trainingSize];
            for (int i = 0; i < trainingSize; i++) {
                y[i] = problem.truth().applyAsDouble(x[i]) + problem.noiseSd() * z[i];
            }
            predictions[m] = fitAndPredict(x, y, degree, testX);
            double[] fitted = fitAndPredict(x, y, degree, x);
            double squares = 0.0;
            for (int i = 0; i < trainingSize; i++) {
                squares += (y[i] - fitted[i]) * (y[i] - fitted[i]);
            }
            trainingError += squares / trainingSize;
        }
        double[] truth = new double[testX.length];
        for (int t = 0; t < testX.length; t++) {
            truth[t] = problem.truth().applyAsDouble(testX[t]);
        }
        Expected decomposition = decompose(predictions, truth, problem.noiseSd() * problem.noiseSd());
        return new Expected(decomposition.bias2(), decomposition.variance(), decomposition.testError(),
                decomposition.noise(), trainingError / repetitions);
    }

    /** The oracle's answer; {@code trainingError} is NaN where it does not apply. */
    record Expected(double[] bias2, double[] variance, double[] testError, double noise, double trainingError) {
    }
}
