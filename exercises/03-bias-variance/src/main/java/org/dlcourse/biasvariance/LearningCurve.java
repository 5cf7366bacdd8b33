package org.dlcourse.biasvariance;

import java.util.List;

/**
 * A learning curve: training and expected test error, bias² and variance of one model class against the
 * training-set size n (lecture 03, "Learning curves").
 *
 * <p>For least squares with p = d + 1 coefficients on a problem the model class contains, the expected training
 * error is σ²·(1 − p/n) and the test error tends to σ² from above, variance falling like p/n: more data helps a
 * high-variance model. A model class that misses h* keeps its bias² however large n grows: more data does not help
 * a high-bias model.
 */
public final class LearningCurve {

    private LearningCurve() {
    }

    /**
     * One {@link BiasVariance#estimate} per training-set size, in the given order, every one with the same seed.
     *
     * @param problem       the data distribution
     * @param degree        the degree d ≥ 0 of the fitted polynomials
     * @param trainingSizes the sizes n, each ≥ d + 1
     * @param repetitions   the number M ≥ 1 of training sets per size
     * @param testX         the test inputs
     * @param seed          the seed passed to every estimate
     * @return the estimates, entry i for {@code trainingSizes[i]}
     */
    public static List<MonteCarloEstimate> run(Problem problem, int degree, int[] trainingSizes, int repetitions,
            double[] testX, long seed) {
        Inputs.requireSizes(trainingSizes);
        for (int size : trainingSizes) {
            Inputs.requireExperiment(problem, degree, size, repetitions, testX);
        }
        throw new UnsupportedOperationException("TODO: call BiasVariance.estimate once per training-set size, in order, each with the same seed.");
    }
}
