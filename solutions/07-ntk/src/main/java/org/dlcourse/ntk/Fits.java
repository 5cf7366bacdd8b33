package org.dlcourse.ntk;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Error measures and the straight-line fit of the experiments. */
public final class Fits {

    private Fits() {
    }

    /** ‖estimate − exact‖_F / ‖exact‖_F. */
    public static double relativeFrobeniusError(INDArray estimate, INDArray exact) {
        if (!java.util.Arrays.equals(estimate.shape(), exact.shape())) {
            throw new IllegalArgumentException("the shapes differ: " + java.util.Arrays.toString(estimate.shape())
                    + " and " + java.util.Arrays.toString(exact.shape()));
        }
        return estimate.distance2(exact) / exact.norm2Number().doubleValue();
    }

    /** The least-squares slope of log y against log x (both positive), the exponent of a power law y ∝ x^slope. */
    public static double logLogSlope(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("need at least two points with as many x as y, but got " + x.length
                    + " and " + y.length);
        }
        double meanX = 0.0;
        double meanY = 0.0;
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0.0) || !(y[i] > 0.0)) {
                throw new IllegalArgumentException("a log-log fit needs positive values, but point " + i + " is ("
                        + x[i] + ", " + y[i] + ")");
            }
            meanX += Math.log(x[i]) / x.length;
            meanY += Math.log(y[i]) / x.length;
        }
        double sxy = 0.0;
        double sxx = 0.0;
        for (int i = 0; i < x.length; i++) {
            double dx = Math.log(x[i]) - meanX;
            sxy += dx * (Math.log(y[i]) - meanY);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
