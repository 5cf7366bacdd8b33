package org.dlcourse.backprop;

/**
 * Plain, independent formulas for the learning-dynamics functions: ranks by counting, Pearson's formula on them,
 * the angle as arccos of the clamped cosine. Slower and less accurate near 0 and π than the solution, which is why the
 * properties compare angles with a tolerance.
 */
final class DynamicsOracle {

    private DynamicsOracle() {
    }

    /** rank(x_i) = #{j : x_j &lt; x_i} + (#{j : x_j = x_i} + 1)/2: the mid-rank of the run of ties x_i belongs to. */
    static double[] ranks(double[] values) {
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = 0;
            int equal = 0;
            for (double other : values) {
                below += other < values[i] ? 1 : 0;
                equal += other == values[i] ? 1 : 0;
            }
            ranks[i] = below + (equal + 1) / 2.0;
        }
        return ranks;
    }

    static double pearson(double[] x, double[] y) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += x[i] / x.length;
            meanY += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    static double angle(double[] u, double[] v) {
        return Math.acos(Math.max(-1, Math.min(1, dot(u, v) / (norm(u) * norm(v)))));
    }
}
