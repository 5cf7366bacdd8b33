package org.dlcourse.finitewidth;

/**
 * Test error of random-feature regression against the number of features p and the number of training points n,
 * through the interpolation threshold p = n, with the Monte-Carlo bias–variance decomposition of exercise 03 over M
 * draws of the features and of the training set (lecture 10, "Double descent"; Belkin et al. 2019; Mei and
 * Montanari 2022):
 * <pre>
 *     f̂_r(x) = φ_r(x)·w_r,   w_r = MinimumNorm.solve(Φ_r, y_r) if λ = 0, else MinimumNorm.ridge(Φ_r, y_r, λ),
 *     f̄(x) = (1/M)·Σ_r f̂_r(x),
 *     bias² = mean_t (f̄(x_t) − f*(x_t))²,   variance = mean_t (1/M)·Σ_r (f̂_r(x_t) − f̄(x_t))²,
 *     test error = mean_t (1/M)·Σ_r (f̂_r(x_t) − f*(x_t))² = bias² + variance,
 * </pre>
 * against the noise-free target f* on the fixed test inputs x_t. Draw r uses the training set
 * {@code problem.sample(n, trainingSeed(seed, r))} and the features {@code RandomReluFeatures.sample(d, p, σ_w, σ_b,
 * featureSeed(seed, r))}: the same draws at every p and every λ (common random numbers, as 03's degree sweep).
 */
public record DoubleDescent(Problem problem, double sigmaW, double sigmaB, double[][] testInputs, int draws,
        long seed) {

    public DoubleDescent {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        Inputs.requireScale(sigmaW, "sigmaW");
        Inputs.requireScale(sigmaB, "sigmaB");
        Inputs.requireMatrix(testInputs, "testInputs");
        if (testInputs[0].length != problem.inputDimension()) {
            throw new IllegalArgumentException("testInputs must have d = " + problem.inputDimension() + " columns");
        }
        Inputs.requirePositive(draws, "draws");
    }

    /** The seed of draw r's training set. */
    public static long trainingSeed(long seed, int draw) {
        return seed + 2L * draw;
    }

    /** The seed of draw r's features. */
    public static long featureSeed(long seed, int draw) {
        return seed + 2L * draw + 1L;
    }

    /**
     * The predictions f̂(x_t) on {@link #testInputs} of p features fitted to {@code training}: minimum norm for
     * λ = 0, ridge for λ > 0.
     */
    public double[] predict(TrainingSet training, int p, double lambda, long featureSeed) {
        RandomReluFeatures features = RandomReluFeatures.sample(problem.inputDimension(), p, sigmaW, sigmaB,
                featureSeed);
        double[][] phi = features.features(training.x());
        double[] w = lambda == 0.0 ? MinimumNorm.solve(phi, training.y()) : MinimumNorm.ridge(phi, training.y(), lambda);
        double[][] phiTest = features.features(testInputs);
        double[] predictions = new double[phiTest.length];
        for (int t = 0; t < phiTest.length; t++) {
            predictions[t] = Inputs.dot(phiTest[t], w);
        }
        return predictions;
    }

    /** Test error, bias² and variance over the {@link #draws} draws at n training points and p features. */
    public DecompositionPoint point(int n, int p, double lambda) {
        Inputs.requirePositive(n, "n");
        Inputs.requirePositive(p, "p");
        // BEGIN SOLUTION: predict with draw r's training set and features (trainingSeed, featureSeed), then average over the test inputs: bias² of the mean prediction, the population variance (÷ M) over draws, and the mean squared error against f* = problem.targets(testInputs).
        double[] target = problem.targets(testInputs);
        int m = target.length;
        double[][] predictions = new double[draws][];
        for (int r = 0; r < draws; r++) {
            TrainingSet training = problem.sample(n, trainingSeed(seed, r));
            predictions[r] = predict(training, p, lambda, featureSeed(seed, r));
        }
        double bias2 = 0.0;
        double variance = 0.0;
        double error = 0.0;
        for (int t = 0; t < m; t++) {
            double mean = 0.0;
            for (int r = 0; r < draws; r++) {
                mean += predictions[r][t] / draws;
            }
            bias2 += (mean - target[t]) * (mean - target[t]) / m;
            for (int r = 0; r < draws; r++) {
                double spread = predictions[r][t] - mean;
                double miss = predictions[r][t] - target[t];
                variance += spread * spread / (draws * (double) m);
                error += miss * miss / (draws * (double) m);
            }
        }
        return new DecompositionPoint(n, p, error, bias2, variance);
        // END SOLUTION
    }

    /** Model-wise double descent: one {@link #point} per width p at fixed n. */
    public DecompositionPoint[] widthSweep(int n, int[] widths, double lambda) {
        // BEGIN SOLUTION: point(n, p, λ) for every p of widths, in order.
        DecompositionPoint[] points = new DecompositionPoint[widths.length];
        for (int i = 0; i < widths.length; i++) {
            points[i] = point(n, widths[i], lambda);
        }
        return points;
        // END SOLUTION
    }

    /** Sample-wise double descent: one {@link #point} per training-set size n at fixed p. */
    public DecompositionPoint[] sampleSweep(int[] sizes, int p, double lambda) {
        // BEGIN SOLUTION: point(n, p, λ) for every n of sizes, in order.
        DecompositionPoint[] points = new DecompositionPoint[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            points[i] = point(sizes[i], p, lambda);
        }
        return points;
        // END SOLUTION
    }
}
