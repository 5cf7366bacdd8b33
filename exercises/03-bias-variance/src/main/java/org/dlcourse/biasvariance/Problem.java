package org.dlcourse.biasvariance;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.dlcourse.kit.random.RandomTensors;

/**
 * A regression problem y = h*(x) + ε: inputs x uniform on a domain, noise ε ~ N(0, σ²) independent of x, so that
 * h*(x) = E[y | x] is the best any predictor can do and σ² is the error no predictor avoids. Given to students
 * complete.
 *
 * <p>Draws are reproducible: all randomness comes from the {@link SplittableRandom} passed in, through the kit's
 * {@link RandomTensors} (uniform and Box–Muller normal samples, the same on every machine).
 *
 * @param truth   the noise-free target h*
 * @param noiseSd the noise's standard deviation σ ≥ 0
 * @param domain  the interval [lo, hi], lo < hi, the inputs are drawn from
 */
public record Problem(DoubleUnaryOperator truth, double noiseSd, Interval domain) {

    public Problem {
        if (truth == null || domain == null) {
            throw new IllegalArgumentException("truth and domain must not be null");
        }
        Inputs.requireFinite(noiseSd, "noiseSd");
        if (noiseSd < 0) {
            throw new IllegalArgumentException("noiseSd must be >= 0, got " + noiseSd);
        }
        if (!(domain.lo() < domain.hi())) {
            throw new IllegalArgumentException("the domain must have lo < hi, got " + domain);
        }
    }

    /** The noise variance σ², the irreducible error of every predictor. */
    public double noiseVariance() {
        return noiseSd * noiseSd;
    }

    /** The noise-free targets h*(x_i). */
    public double[] truth(double[] x) {
        Inputs.requireFinite(x, "x");
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = truth.applyAsDouble(x[i]);
        }
        return values;
    }

    /**
     * Noisy labels y_i = h*(x_i) + σ·z_i at given inputs, with z = {@code RandomTensors.gaussian(random, n)}: what a
     * measured test set would contain, not the truth.
     */
    public double[] labels(double[] x, SplittableRandom random) {
        double[] labels = truth(x);
        double[] noise = RandomTensors.gaussian(random, x.length).toDoubleVector();
        for (int i = 0; i < labels.length; i++) {
            labels[i] += noiseSd * noise[i];
        }
        return labels;
    }

    /**
     * A training set of n pairs: first the inputs x = {@code RandomTensors.uniform(random, lo, hi, n)}, then their
     * labels {@link #labels(double[], SplittableRandom) labels(x, random)}.
     */
    public TrainingSet sample(SplittableRandom random, int n) {
        if (random == null) {
            throw new IllegalArgumentException("random must not be null");
        }
        if (n < 1) {
            throw new IllegalArgumentException("a training set needs at least one point, got " + n);
        }
        double[] x = RandomTensors.uniform(random, domain.lo(), domain.hi(), n).toDoubleVector();
        return new TrainingSet(x, labels(x, random));
    }
}
