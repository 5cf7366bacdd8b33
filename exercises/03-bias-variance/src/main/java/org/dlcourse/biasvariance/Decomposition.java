package org.dlcourse.biasvariance;

/**
 * The bias–variance decomposition of the expected test error at test points x_1, …, x_T, estimated from the
 * predictions of M models ĝ_1, …, ĝ_M trained on independent training sets (see
 * {@link BiasVariance#decompose}). At each test point x, with ḡ(x) = (1/M)·Σ_m ĝ_m(x):
 * <pre>
 *     bias²(x)     = (ḡ(x) − h*(x))²
 *     variance(x)  = (1/M)·Σ_m (ĝ_m(x) − ḡ(x))²
 *     testError(x) = σ² + (1/M)·Σ_m (ĝ_m(x) − h*(x))²  =  σ² + bias²(x) + variance(x)
 * </pre>
 * testError(x) is the squared error on a fresh noisy label y = h*(x) + ε averaged over ε exactly (the cross term
 * 2·ε·(h*(x) − ĝ_m(x)) has mean 0 and E[ε²] = σ²) and over the M models by Monte Carlo; the identity holds on the
 * same M predictions, to rounding, because the variance divides by M (lecture 03, "The decomposition").
 *
 * @param bias2     bias²(x_t) per test point
 * @param variance  variance(x_t) per test point
 * @param testError testError(x_t) per test point
 * @param noise     σ², the same at every test point
 */
public record Decomposition(double[] bias2, double[] variance, double[] testError, double noise) {

    public Decomposition {
        Inputs.requireFinite(bias2, "bias2");
        Inputs.requireFinite(variance, "variance");
        Inputs.requireFinite(testError, "testError");
        Inputs.requireFinite(noise, "noise");
        if (variance.length != bias2.length || testError.length != bias2.length) {
            throw new IllegalArgumentException("bias2, variance and testError need one entry per test point, got "
                    + bias2.length + ", " + variance.length + " and " + testError.length);
        }
    }

    /** bias² averaged over the test points. */
    public double meanBias2() {
        return mean(bias2);
    }

    /** variance averaged over the test points. */
    public double meanVariance() {
        return mean(variance);
    }

    /** The expected test error averaged over the test points: the test MSE of lecture 03. */
    public double meanTestError() {
        return mean(testError);
    }

    private static double mean(double[] values) {
        double sum = 0.0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
