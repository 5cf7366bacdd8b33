package org.dlcourse.finitewidth;

import java.util.SplittableRandom;

/**
 * Given complete: the regression problem of the double-descent experiments, a linear teacher with Gaussian inputs
 * and label noise (lecture 10, "Double descent"),
 * <pre>
 *     x ~ N(0, I_d),   f*(x) = β·x/√d,   y = f*(x) + noise·ε,   ε ~ N(0, 1),
 * </pre>
 * so that f*(x) ~ N(0, |β|²/d) has variance ≈ 1 for β ~ N(0, I_d).
 */
public record Problem(double[] teacher, double noise) {

    public Problem {
        if (teacher == null || teacher.length == 0) {
            throw new IllegalArgumentException("the teacher needs d ≥ 1 weights");
        }
        Inputs.requireVector(teacher, teacher.length, "teacher");
        Inputs.requireScale(noise, "noise");
        teacher = teacher.clone();
    }

    /** A teacher β ~ N(0, I_d) drawn from {@code new SplittableRandom(seed)}. */
    public static Problem random(int inputDimension, double noise, long seed) {
        Inputs.requirePositive(inputDimension, "inputDimension");
        SplittableRandom random = new SplittableRandom(seed);
        double[] beta = new double[inputDimension];
        for (int j = 0; j < inputDimension; j++) {
            beta[j] = random.nextGaussian();
        }
        return new Problem(beta, noise);
    }

    @Override
    public double[] teacher() {
        return teacher.clone();
    }

    /** The input dimension d. */
    public int inputDimension() {
        return teacher.length;
    }

    /** The noise-free targets f*(x_i) = β·x_i/√d. */
    public double[] targets(double[][] x) {
        Inputs.requireMatrix(x, "x");
        double[] f = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = Inputs.dot(teacher, x[i]) / Math.sqrt(teacher.length);
        }
        return f;
    }

    /** m inputs x ~ N(0, I_d) from {@code new SplittableRandom(seed)}, row by row. */
    public double[][] inputs(int m, long seed) {
        Inputs.requirePositive(m, "m");
        return inputs(m, new SplittableRandom(seed));
    }

    /** n inputs and noisy targets from {@code new SplittableRandom(seed)}: the inputs row by row, then the noise. */
    public TrainingSet sample(int n, long seed) {
        Inputs.requirePositive(n, "n");
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = inputs(n, random);
        double[] y = targets(x);
        for (int i = 0; i < n; i++) {
            y[i] += noise * random.nextGaussian();
        }
        return new TrainingSet(x, y);
    }

    private double[][] inputs(int m, SplittableRandom random) {
        double[][] x = new double[m][teacher.length];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return x;
    }
}
