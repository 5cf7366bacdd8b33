package org.dlcourse.biasvariance;

import java.util.List;

/**
 * Bias², variance, training and expected test error against the degree of the fitted polynomials, every degree
 * fitted to the same training sets (lecture 03, "Under- and overfitting").
 *
 * <p>Common training sets make the degrees comparable without extra Monte-Carlo noise, and make the training error
 * non-increasing in the degree exactly: polynomials of degree d are among those of degree d + 1, so on the same data
 * the least-squares residual of degree d + 1 is never larger. The expected test error, σ² + bias² + variance, is
 * U-shaped instead: bias² falls and variance rises with the degree.
 *
 * @param estimates the estimate of each degree, entry d for degree d = 0, 1, …, D
 */
public record DegreeSweep(List<MonteCarloEstimate> estimates) {

    public DegreeSweep {
        if (estimates == null || estimates.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs the estimate of at least one degree");
        }
        estimates = List.copyOf(estimates);
    }

    /**
     * {@link BiasVariance#estimate} for each degree d = 0, 1, …, D, every one with the same seed, hence on the same
     * training sets.
     *
     * @param problem      the data distribution
     * @param maxDegree    the largest degree D ≥ 0
     * @param trainingSize the number n ≥ D + 1 of points per training set
     * @param repetitions  the number M ≥ 1 of training sets
     * @param testX        the test inputs
     * @param seed         the seed passed to every estimate
     * @return the sweep, entry d for degree d
     */
    public static DegreeSweep run(Problem problem, int maxDegree, int trainingSize, int repetitions, double[] testX,
            long seed) {
        Inputs.requireExperiment(problem, maxDegree, trainingSize, repetitions, testX);
        throw new UnsupportedOperationException("TODO: call BiasVariance.estimate for each degree 0, 1, …, maxDegree with the same seed.");
    }

    /** The degree of least mean expected test error; the smallest such degree if several tie. */
    public int bestDegree() {
        throw new UnsupportedOperationException("TODO: return the index of the smallest meanTestError() among the estimates, the first one on ties.");
    }

    /** Whether {@code degree} underfits, is best, or overfits, relative to {@link #bestDegree()}. */
    public Diagnosis diagnosis(int degree) {
        if (degree < 0 || degree >= estimates.size()) {
            throw new IllegalArgumentException("the sweep covers degrees 0 to " + (estimates.size() - 1) + ", not "
                    + degree);
        }
        int best = bestDegree();
        return degree < best ? Diagnosis.UNDERFITTING : degree > best ? Diagnosis.OVERFITTING : Diagnosis.BEST;
    }
}
