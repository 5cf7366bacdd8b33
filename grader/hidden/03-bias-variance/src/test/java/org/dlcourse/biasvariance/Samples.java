package org.dlcourse.biasvariance;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.dlcourse.kit.property.Gen;

/**
 * Data for single polynomial fits: a degree d, inputs spread over an interval, and a true polynomial of degree
 * q ≤ d written in the tests' own scaled monomials.
 */
final class Samples {

    /**
     * Intervals where bugs hide: the unit interval, [0, 1], far from 0 and narrow ([1000, 1001], where raw powers of
     * x are nearly parallel), tiny around 0, wide, and far out and tiny together.
     */
    static final List<Interval> INTERVALS = List.of(new Interval(-1, 1), new Interval(0, 1), new Interval(1000, 1001),
            new Interval(-1e-3, 1e-3), new Interval(-5000, 5000), new Interval(1e4, 1e4 + 1e-2));

    private Samples() {
    }

    /**
     * Polynomial data: a true polynomial, the degree to fit, and the inputs.
     *
     * @param truth  the noise-free h*, of degree ≤ {@code degree}
     * @param degree the degree d of the fit
     * @param x      the inputs, at least d + 1 distinct
     */
    record PolynomialData(ScaledPolynomial truth, int degree, double[] x) {

        double[] y() {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = truth.applyAsDouble(x[i]);
            }
            return y;
        }
    }

    /**
     * Degrees 0 to {@code maxDegree}; n from d + 1 to {@code pointsPerCoefficient}·(d + 1) inputs, one uniform in
     * each of n equal cells of one of {@link #INTERVALS} (so no two are closer than chance makes them in a cell),
     * in random order; a true polynomial of degree q uniform in [0, d] (exactly d when {@code exactDegree}) with
     * coefficients uniform in [−1, 1]. With {@code pointsPerCoefficient} = 1, n = d + 1: interpolation. Edge cases:
     * degree 0 from one point, and the highest degree on [1000, 1001] and on [−1e-3, 1e-3] from d + 1 points.
     * Shrinking lowers the degree and drops points.
     */
    static Gen<PolynomialData> polynomials(int maxDegree, int pointsPerCoefficient, boolean exactDegree) {
        return new Gen<>() {
            @Override
            public PolynomialData sample(SplittableRandom random) {
                int degree = random.nextInt(maxDegree + 1);
                int points = degree + 1 + random.nextInt((pointsPerCoefficient - 1) * (degree + 1) + 1);
                Interval domain = INTERVALS.get(random.nextInt(INTERVALS.size()));
                int trueDegree = exactDegree ? degree : random.nextInt(degree + 1);
                return new PolynomialData(ScaledPolynomial.on(domain, uniform(random, trueDegree + 1)), degree,
                        stratified(random, domain, points));
            }

            @Override
            public List<PolynomialData> edgeCases() {
                SplittableRandom random = new SplittableRandom(3);
                return List.of(
                        new PolynomialData(ScaledPolynomial.on(INTERVALS.get(0), new double[] {0.5}), 0,
                                stratified(random, INTERVALS.get(0), 1)),
                        new PolynomialData(ScaledPolynomial.on(INTERVALS.get(2), uniform(random, maxDegree + 1)),
                                maxDegree, stratified(random, INTERVALS.get(2), maxDegree + 1)),
                        new PolynomialData(ScaledPolynomial.on(INTERVALS.get(3), uniform(random, maxDegree + 1)),
                                maxDegree, stratified(random, INTERVALS.get(3), maxDegree + 1)));
            }

            @Override
            public Stream<PolynomialData> shrink(PolynomialData value) {
                Stream.Builder<PolynomialData> smaller = Stream.builder();
                int degree = value.degree();
                if (degree > 0) {
                    int lower = degree - 1;
                    int points = pointsPerCoefficient == 1 ? lower + 1 : value.x().length;
                    smaller.add(new PolynomialData(value.truth().truncated(Math.min(value.truth().degree(), lower)),
                            lower, Arrays.copyOf(value.x(), points)));
                }
                if (pointsPerCoefficient > 1 && value.x().length > degree + 1) {
                    smaller.add(new PolynomialData(value.truth(), degree, Arrays.copyOf(value.x(), value.x().length - 1)));
                }
                return smaller.build();
            }

            @Override
            public String show(PolynomialData value) {
                return "degree " + value.degree() + ", " + value.truth() + ", x = " + Arrays.toString(value.x());
            }
        };
    }

    /** n inputs, one uniform in each of n equal cells of the interval, in random order. */
    static double[] stratified(SplittableRandom random, Interval domain, int n) {
        double[] x = new double[n];
        double width = domain.hi() - domain.lo();
        for (int i = 0; i < n; i++) {
            x[i] = Math.min(domain.lo() + width * (i + random.nextDouble()) / n, domain.hi());
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = x[i];
            x[i] = x[j];
            x[j] = swap;
        }
        return x;
    }

    static double[] uniform(SplittableRandom random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 2 * random.nextDouble() - 1;
        }
        return values;
    }
}
