package org.dlcourse.biasvariance;

/**
 * A polynomial of degree d written in the Legendre basis of an interval:
 * p(x) = Σ_{k=0}^{d} c_k·P_k(t(x)), with t(x) = {@link Interval#toUnit domain.toUnit(x)} and P_k the Legendre
 * polynomials ({@link Legendre}).
 *
 * @param domain       the interval whose scaling t(x) the coefficients refer to
 * @param coefficients c_0, …, c_d (copied; the accessor returns a copy)
 */
public record Polynomial(Interval domain, double[] coefficients) {

    public Polynomial {
        if (domain == null) {
            throw new IllegalArgumentException("domain must not be null");
        }
        Inputs.requireCoefficients(coefficients);
        coefficients = coefficients.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** The degree d, one less than the number of coefficients. */
    public int degree() {
        return coefficients.length - 1;
    }

    /**
     * The value p(x).
     *
     * @param x a finite input, inside the domain or not (outside it the polynomial extrapolates)
     */
    public double predict(double x) {
        Inputs.requireFinite(x, "x");
        throw new UnsupportedOperationException("TODO: map x to t = domain().toUnit(x) and return Σ_k c_k·P_k(t), using Legendre.values.");
    }

    /** The values p(x_i), one per input. */
    public double[] predict(double[] x) {
        Inputs.requireFinite(x, "x");
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = predict(x[i]);
        }
        return values;
    }

    /** The mean squared error (1/n)·Σ_i (y_i − p(x_i))² on the pairs (x_i, y_i). */
    public double meanSquaredError(double[] x, double[] y) {
        Inputs.requireFinite(y, "y");
        double[] predictions = predict(x);
        if (predictions.length != y.length) {
            throw new IllegalArgumentException("need one y per x: " + x.length + " x but " + y.length + " y");
        }
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            double residual = y[i] - predictions[i];
            sum += residual * residual;
        }
        return sum / y.length;
    }
}
