package org.dlcourse.biasvariance;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A true function h*(x) = Σ_k a_k·s^k, s = (x − centre)/halfWidth, written by the tests in their own scaled
 * monomial basis so that its values stay of order 1 on any interval, even [1000, 1001].
 *
 * @param centre       the centre of the interval the coefficients refer to
 * @param halfWidth    its half-width, > 0
 * @param coefficients a_0, …, a_q
 */
record ScaledPolynomial(double centre, double halfWidth, double[] coefficients) implements DoubleUnaryOperator {

    static ScaledPolynomial on(Interval domain, double[] coefficients) {
        double halfWidth = (domain.hi() - domain.lo()) / 2;
        return new ScaledPolynomial(domain.lo() + halfWidth, halfWidth, coefficients);
    }

    int degree() {
        return coefficients.length - 1;
    }

    ScaledPolynomial truncated(int degree) {
        return new ScaledPolynomial(centre, halfWidth, Arrays.copyOf(coefficients, degree + 1));
    }

    @Override
    public double applyAsDouble(double x) {
        double s = (x - centre) / halfWidth;
        double value = 0.0;
        for (int k = coefficients.length - 1; k >= 0; k--) {
            value = value * s + coefficients[k];
        }
        return value;
    }

    @Override
    public String toString() {
        return "h*(x) = Σ a_k·((x − " + centre + ")/" + halfWidth + ")^k with a = " + Arrays.toString(coefficients);
    }
}
