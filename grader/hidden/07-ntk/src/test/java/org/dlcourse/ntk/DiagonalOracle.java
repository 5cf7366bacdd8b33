package org.dlcourse.ntk;

/**
 * The recursion on the diagonal x = x′, where the expectations have closed forms without angles: E[relu(u)²] = q/2,
 * E[relu′(u)²] = 1/2, E[erf(u)²] = (2/π)·arcsin(2q/(1 + 2q)), E[erf′(u)²] = (4/π)/√(1 + 4q).
 */
final class DiagonalOracle {

    private DiagonalOracle() {
    }

    /** {Σ(x, x), Θ(x, x)}. */
    static double[] nngpAndNtk(Architecture architecture, double[] x) {
        double sw2 = architecture.sigmaW() * architecture.sigmaW();
        double sb2 = architecture.sigmaB() * architecture.sigmaB();
        double q = 0.0;
        for (double v : x) {
            q += v * v / x.length;
        }
        double theta = 0.0;
        for (int layer = 0; layer <= architecture.depth(); layer++) {
            q = sw2 * q + sb2;
            theta = q + sw2 * theta;
            if (layer == architecture.depth()) {
                break;
            }
            if (architecture.activation() == Activation.RELU) {
                theta *= 0.5;
                q *= 0.5;
            } else {
                theta *= 4.0 / Math.PI / Math.sqrt(1.0 + 4.0 * q);
                q = 2.0 / Math.PI * Math.asin(2.0 * q / (1.0 + 2.0 * q));
            }
        }
        return new double[] {q, theta};
    }
}
