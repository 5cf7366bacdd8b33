package org.dlcourse.finitewidth;

/**
 * The Monte-Carlo kernel of p random ReLU features against its limit (lecture 10, "Random features and their
 * kernel"): K̂_p(x, x′) = φ(x)·φ(x′) is a mean of p independent terms with mean K(x, x′) = {@link ArcCosineKernel#nngp},
 * so E‖K̂_p − K‖_F² = (1/p)·Σ_ij Var[term_ij] and the relative Frobenius error ‖K̂_p − K‖_F/‖K‖_F falls as p^(−1/2):
 * slope −1/2 on log–log axes.
 */
public final class KernelConvergence {

    private KernelConvergence() {
    }

    /**
     * ‖K̂_p − K‖_F/‖K‖_F on the rows of {@code x} for the features {@code RandomReluFeatures.sample(d, width, σ_w, σ_b,
     * seed)}.
     */
    public static double relativeError(double[][] x, int width, double sigmaW, double sigmaB, long seed) {
        Inputs.requireMatrix(x, "x");
        RandomReluFeatures features = RandomReluFeatures.sample(x[0].length, width, sigmaW, sigmaB, seed);
        double[][] limit = ArcCosineKernel.nngp(x, x, sigmaW, sigmaB);
        throw new UnsupportedOperationException("TODO: compute the empirical kernel φ(x_i)·φ(x_j) of these features and return ‖K̂ − K‖_F/‖K‖_F (Frobenius: the square root of the sum of squared entries).");
    }

    /**
     * For each width, the mean of {@link #relativeError} over the feature seeds {@code seed}, {@code seed + 1}, …,
     * {@code seed + seeds − 1} (the same seeds at every width).
     */
    public static ConvergencePoint[] sweep(double[][] x, int[] widths, int seeds, double sigmaW, double sigmaB,
            long seed) {
        Inputs.requirePositive(seeds, "seeds");
        throw new UnsupportedOperationException("TODO: one point per width: the mean relative error over the seeds seed … seed + seeds − 1.");
    }

    /**
     * The least-squares slope of log(error) against log(width) over at least two points of distinct widths: −1/2 for
     * Monte-Carlo convergence.
     */
    public static double slope(ConvergencePoint[] points) {
        if (points == null || points.length < 2) {
            throw new IllegalArgumentException("a slope needs at least two points");
        }
        throw new UnsupportedOperationException("TODO: with u = ln(width) and v = ln(error): slope = Σ(u − ū)(v − v̄)/Σ(u − ū)².");
    }
}
