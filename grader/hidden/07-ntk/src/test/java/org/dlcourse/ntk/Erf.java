package org.dlcourse.ntk;

/**
 * erf in double precision for the oracle, independent of ND4J: the Maclaurin series for |z| ≤ 2.5 and the
 * continued fraction of erfc beyond (Abramowitz and Stegun 7.1.5 and 7.1.14); both converge to a few ulps.
 */
final class Erf {

    private Erf() {
    }

    static double erf(double z) {
        double a = Math.abs(z);
        double value;
        if (a <= 2.5) {
            double term = a;
            double sum = a;
            for (int n = 1; n < 200 && Math.abs(term) > 1e-18 * Math.abs(sum); n++) {
                term *= -a * a / n;
                sum += term / (2 * n + 1);
            }
            value = 2.0 / Math.sqrt(Math.PI) * sum;
        } else {
            // erfc(a) = e^(−a²)/√π · 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + 2/(a + …))))), evaluated from the tail
            double fraction = a;
            for (int k = 120; k >= 1; k--) {
                fraction = a + (k / 2.0) / fraction;
            }
            value = 1.0 - Math.exp(-a * a) / Math.sqrt(Math.PI) / fraction;
        }
        return Math.copySign(value, z);
    }
}
