package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;

/**
 * Laws of polynomial least squares: interpolation, recovery of polynomials, orthogonality of the residual,
 * invariance under a change of units of x. Inputs are spread over intervals such as [1000, 1001] and [−1e-3, 1e-3]
 * and degrees go up to 12, where a fit in raw powers of x or by the normal equations fails.
 */
class PolynomialFitProperties {

    /**
     * Values of order 1 reproduced through a Legendre design matrix on stratified inputs, whose condition number stays
     * modest up to degree 12: measured on the reference solution over 5,000 data sets at most 3.3e-14 relative to
     * max |y| (recovery) and 1.4e-15 (interpolation); 1e-11 leaves a factor 300. A basis of raw powers of x on
     * [1000, 1001] misses by orders of magnitude more.
     */
    private static final double RECOVERY = 1e-11;

    /** Σ_i r_i·s_i^k against ‖s^k‖·‖y‖: measured at most 1.1e-15 on the reference solution over 5,000 data sets. */
    private static final double ORTHOGONALITY = 1e-12;

    /**
     * A change of units x ↦ a·x + b is exact algebra but not exact in double: a·x + b is rounded, which moves the
     * scaled input t by up to δt = 2ε·(max|a·x + b|/(|a|·h) + max|x|/h), h the data's half-width, and a polynomial of
     * degree d moves by up to d²·max|p|·δt (Markov's inequality). Allowed: AFFINE·max|y| for the algorithms' own
     * rounding plus SENSITIVITY times that representation bound. Measured on the reference solution over 5,000
     * changes of units: the difference never exceeded 0.57 times the representation bound.
     */
    private static final double AFFINE = 1e-10;

    /** Margin over the first-order representation bound of {@link #AFFINE} (measured 0.57 of it at most). */
    private static final double SENSITIVITY = 10;

    Gen<Samples.PolynomialData> interpolation() {
        return Samples.polynomials(12, 1, true);
    }

    Gen<Samples.PolynomialData> recovery() {
        return Samples.polynomials(12, 3, false);
    }

    Gen<Samples.PolynomialData> lowDegree() {
        return Samples.polynomials(6, 4, false);
    }

    Gen<Double> scales() {
        return Gens.oneOf(1.0, -1.0, 1e3, -1e-3, 7.25, 0.01);
    }

    Gen<Double> shifts() {
        return Gens.doubles(-1000, 1000);
    }

    @Property(tries = 100)
    @Graded(points = 3, task = "fit",
            hint = "With n distinct points, the polynomial of degree n − 1 passes through all of them: use the d + 1 basis functions P_0..P_d, and predict with the same scaling t(x) as the fit.")
    void interpolatesWhenTheDegreeIsOneLessThanThePointCount(@ForAll("interpolation") Samples.PolynomialData data) {
        double[] y = data.y();

        Polynomial fit = PolynomialRegression.fit(data.x(), y, data.degree());

        Vectors.assertClose("p(x_i) against y_i", fit.predict(data.x()), y,
                Tolerance.absolute(RECOVERY * Math.max(1.0, Vectors.maxAbs(y))));
    }

    @Property(tries = 150)
    @Graded(points = 4, task = "fit",
            hint = "Noise-free data from a polynomial of degree ≤ d must give it back, also on an interval like [1000, 1001] and for d up to 12: build the basis on t = Interval.spanning(x).toUnit(x) in [−1, 1], never on raw x, and solve with your QR least squares.")
    void recoversAPolynomialOfDegreeAtMostD(@ForAll("recovery") Samples.PolynomialData data) {
        Polynomial fit = PolynomialRegression.fit(data.x(), data.y(), data.degree());

        Interval span = Interval.spanning(data.x());
        double[] grid = new double[21];
        double[] truth = new double[grid.length];
        for (int g = 0; g < grid.length; g++) {
            grid[g] = span.lo() + (span.hi() - span.lo()) * g / (grid.length - 1);
            truth[g] = data.truth().applyAsDouble(grid[g]);
        }
        Vectors.assertClose("p(x) against h*(x) on a grid over the data", fit.predict(grid), truth,
                Tolerance.absolute(RECOVERY * Math.max(1.0, Vectors.maxAbs(truth))));
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "fit",
            hint = "The least-squares residual y − p(x) is orthogonal, over the data, to every polynomial of degree ≤ d: the fit must minimise the sum of squares over all n points.")
    void leavesAResidualOrthogonalToThePolynomialsOfDegreeAtMostD(@ForAll("lowDegree") Samples.PolynomialData data) {
        double[] y = noisy(data);

        double[] residual = PolynomialRegression.fit(Counterexample.input("x", data.x()), Counterexample.input("y", y),
                Counterexample.input("degree", data.degree())).predict(data.x());
        for (int i = 0; i < y.length; i++) {
            residual[i] = y[i] - residual[i];
        }

        Interval span = Interval.spanning(data.x());
        double residualNorm = Math.sqrt(Systems.dot(residual, residual));
        for (int k = 0; k <= data.degree(); k++) {
            double[] power = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                power[i] = Math.pow((data.x()[i] - (span.lo() + span.hi()) / 2) / ((span.hi() - span.lo()) / 2), k);
            }
            double scale = Math.sqrt(Systems.dot(power, power)) * Math.max(residualNorm, Math.sqrt(Systems.dot(y, y)));
            assertThat(Math.abs(Systems.dot(residual, power)) / scale).as("|Σ r_i·s_i^%d| relative", k)
                    .isLessThanOrEqualTo(ORTHOGONALITY);
        }
    }

    @Property(tries = 100)
    @Graded(points = 3, task = "fit",
            hint = "Measuring x in other units or from another origin (x ↦ a·x + b) must not change the fitted curve: scale x onto [−1, 1] with the data's Interval before evaluating the basis, in fit and in predict.")
    void predictionsAreInvariantUnderAChangeOfUnitsOfX(@ForAll("lowDegree") Samples.PolynomialData data,
            @ForAll("scales") double scale, @ForAll("shifts") double shift) {
        double[] y = noisy(data);
        double[] moved = new double[data.x().length];
        for (int i = 0; i < moved.length; i++) {
            moved[i] = scale * data.x()[i] + shift;
        }
        Interval span = Interval.spanning(data.x());
        double[] at = {span.lo(), (span.lo() + span.hi()) / 2, span.hi()};
        double[] movedAt = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            movedAt[i] = scale * at[i] + shift;
        }

        double[] original = PolynomialRegression.fit(Counterexample.input("x", data.x()), Counterexample.input("y", y),
                Counterexample.input("degree", data.degree())).predict(Counterexample.input("at", at));
        double[] changed = PolynomialRegression.fit(Counterexample.input("movedX", moved), y, data.degree())
                .predict(Counterexample.input("movedAt", movedAt));

        double halfWidth = (span.hi() - span.lo()) / 2;
        double representation = halfWidth == 0 ? 0.0 : 0x1p-52 * (Vectors.maxAbs(moved) / (Math.abs(scale) * halfWidth)
                + Vectors.maxAbs(data.x()) / halfWidth);
        double degreeSquared = Math.max(1, data.degree() * data.degree());
        Vectors.assertClose("predictions after x ↦ a·x + b", changed, original, Tolerance.absolute(
                Math.max(1.0, Vectors.maxAbs(y)) * (AFFINE + SENSITIVITY * degreeSquared * representation)));
    }

    @Property(tries = 50)
    @Graded(points = 1, task = "fit",
            hint = "fit(x, y, d) returns a polynomial of degree d (d + 1 coefficients), and degree 0 fits the mean of y.")
    void hasTheRequestedDegreeAndDegreeZeroIsTheMean(@ForAll("recovery") Samples.PolynomialData data) {
        double[] y = noisy(data);
        double mean = 0.0;
        for (double value : y) {
            mean += value / y.length;
        }

        assertThat(PolynomialRegression.fit(Counterexample.input("x", data.x()), Counterexample.input("y", y),
                Counterexample.input("degree", data.degree())).degree()).isEqualTo(data.degree());
        assertThat(PolynomialRegression.fit(data.x(), y, 0).predict(data.x()[0]))
                .isCloseTo(mean, within(1e-12 * Math.max(1.0, Vectors.maxAbs(y))));
    }

    @Property(tries = 30)
    @Graded(points = 1, task = "fit", hint = "Work on copies: fit must not modify x or y.")
    void leavesTheDataUnchanged(@ForAll("lowDegree") Samples.PolynomialData data) {
        double[] x = data.x().clone();
        double[] y = noisy(data);
        double[] yCopy = y.clone();

        PolynomialRegression.fit(Counterexample.input("x", x), Counterexample.input("y", y),
                Counterexample.input("degree", data.degree()));

        assertThat(x).containsExactly(data.x());
        assertThat(y).containsExactly(yCopy);
    }

    /** The data's targets plus noise of standard deviation 0.1, seeded by the data, so the residual is not zero. */
    private static double[] noisy(Samples.PolynomialData data) {
        SplittableRandom random = new SplittableRandom(Double.doubleToLongBits(data.x()[0]));
        double[] y = data.y();
        for (int i = 0; i < y.length; i++) {
            y[i] += 0.1 * (2 * random.nextDouble() - 1) * Math.sqrt(3);
        }
        return y;
    }
}
