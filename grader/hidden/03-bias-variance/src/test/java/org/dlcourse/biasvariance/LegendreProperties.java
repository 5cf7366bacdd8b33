package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;

/** Laws of the Legendre polynomials P_0, …, P_d on [−1, 1]. */
class LegendreProperties {

    /**
     * |P_k(t)| ≤ 1 on [−1, 1] and Bonnet's forward recurrence adds a few ulps per step: measured on the reference
     * solution at 5,000 random points, at most 1.1e-14 from the exact values up to degree 30; 1e-13 leaves a factor 10.
     */
    private static final Tolerance LEGENDRE = Tolerance.absolute(1e-13);

    Gen<Double> points() {
        return Gens.doubles(-1, 1);
    }

    Gen<Integer> degrees() {
        return Gens.ints(0, 30);
    }

    @Property(tries = 150)
    @Graded(points = 3, task = "legendre",
            hint = "Check Bonnet's recurrence (k + 1)·P_{k+1}(t) = (2k + 1)·t·P_k(t) − k·P_{k−1}(t), started from P_0 = 1 and P_1 = t.")
    void agreesWithTheExplicitFormula(@ForAll("points") double t, @ForAll("degrees") int degree) {
        double[] expected = new double[degree + 1];
        for (int k = 0; k <= degree; k++) {
            expected[k] = BiasVarianceOracle.legendre(k, t);
        }

        Vectors.assertClose("P_0(t)..P_d(t)", Legendre.values(t, degree), expected, LEGENDRE);
    }

    @Property(tries = 50)
    @Graded(points = 1, task = "legendre",
            hint = "values(t, d) returns d + 1 values, P_0(t) to P_d(t) inclusive, and P_0 = 1.")
    void hasOneValuePerDegreeFromZeroToD(@ForAll("points") double t, @ForAll("degrees") int degree) {
        double[] values = Legendre.values(t, degree);

        assertThat(values).hasSize(degree + 1);
        assertThat(values[0]).isEqualTo(1.0);
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "legendre",
            hint = "Legendre polynomials satisfy P_k(1) = 1, P_k(−1) = (−1)^k and P_k(−t) = (−1)^k·P_k(t): check the signs in the recurrence.")
    void areOneAtOneAndHaveTheParityOfTheirDegree(@ForAll("points") double t, @ForAll("degrees") int degree) {
        double[] atOne = Legendre.values(1.0, degree);
        double[] atMinusOne = Legendre.values(-1.0, degree);
        double[] atT = Legendre.values(t, degree);
        double[] atMinusT = Legendre.values(-t, degree);

        for (int k = 0; k <= degree; k++) {
            double sign = k % 2 == 0 ? 1.0 : -1.0;
            assertThat(LEGENDRE.accepts(atOne[k], 1.0)).as("P_%d(1) = %s should be 1", k, atOne[k]).isTrue();
            assertThat(LEGENDRE.accepts(atMinusOne[k], sign)).as("P_%d(-1) = %s should be %s", k, atMinusOne[k], sign).isTrue();
            assertThat(LEGENDRE.accepts(atMinusT[k], sign * atT[k]))
                    .as("P_%d(-t) = %s should be (-1)^k P_%d(t) = %s", k, atMinusT[k], k, sign * atT[k]).isTrue();
        }
    }
}
