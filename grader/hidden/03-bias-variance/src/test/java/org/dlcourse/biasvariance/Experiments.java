package org.dlcourse.biasvariance;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.dlcourse.kit.property.Gen;

/** Monte-Carlo experiments for the hidden properties: a problem, a degree, sizes, test points and a seed. */
final class Experiments {

    private Experiments() {
    }

    /**
     * One call of {@link BiasVariance#estimate}.
     *
     * @param problem      the data distribution
     * @param trueDegree   the degree of h* if it is a polynomial, −1 if not
     * @param degree       the degree d fitted
     * @param trainingSize n ≥ d + 1
     * @param repetitions  M
     * @param testX        the test inputs
     * @param seed         the seed
     */
    record Experiment(Problem problem, int trueDegree, int degree, int trainingSize, int repetitions, double[] testX,
                      long seed) {

        MonteCarloEstimate estimate() {
            return BiasVariance.estimate(problem, degree, trainingSize, repetitions, testX, seed);
        }

        BiasVarianceOracle.Expected oracle() {
            return BiasVarianceOracle.estimate(problem, degree, trainingSize, repetitions, testX, seed);
        }

        boolean realizable() {
            return trueDegree >= 0 && trueDegree <= degree;
        }

        Experiment with(int newDegree, int newSize, int newRepetitions, double[] newTestX) {
            return new Experiment(problem, trueDegree, newDegree, newSize, newRepetitions, newTestX, seed);
        }
    }

    /**
     * Ranges of the generated experiments.
     *
     * @param maxDegree       the largest fitted degree
     * @param minExtraPoints  the fewest points beyond d + 1 per training set
     * @param maxExtraPoints  the most points beyond d + 1
     * @param minRepetitions  the fewest repetitions M
     * @param maxRepetitions  the most repetitions M
     * @param minNoise        the smallest σ
     * @param maxNoise        the largest σ
     * @param realizable      whether h* is always a polynomial of degree ≤ d (otherwise sometimes a sine)
     */
    record Spec(int maxDegree, int minExtraPoints, int maxExtraPoints, int minRepetitions, int maxRepetitions,
                double minNoise, double maxNoise, boolean realizable) {
    }

    /** The intervals of {@link Samples#INTERVALS} that keep h* of order 1 for a sine too. */
    private static final List<Interval> DOMAINS = List.of(new Interval(-1, 1), new Interval(0, 1),
            new Interval(1000, 1001), new Interval(-3, 5));

    /**
     * Experiments within {@code spec}: a domain, h* a scaled polynomial of degree ≤ 4 with coefficients in [−1, 1]
     * (always, and of degree ≤ d, when realizable) or half the time a sine of the scaled input, 1–8 test points
     * uniform in the domain. Edge cases: the extremes of the spec. Shrinking lowers M, the test points, n and d.
     */
    static Gen<Experiment> experiments(Spec spec) {
        return new Gen<>() {
            @Override
            public Experiment sample(SplittableRandom random) {
                int degree = random.nextInt(spec.maxDegree() + 1);
                int size = degree + 1 + spec.minExtraPoints()
                        + random.nextInt(spec.maxExtraPoints() - spec.minExtraPoints() + 1);
                int repetitions = spec.minRepetitions()
                        + random.nextInt(spec.maxRepetitions() - spec.minRepetitions() + 1);
                double noise = spec.minNoise() + (spec.maxNoise() - spec.minNoise()) * random.nextDouble();
                Interval domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
                double[] testX = new double[1 + random.nextInt(8)];
                for (int t = 0; t < testX.length; t++) {
                    testX[t] = domain.lo() + (domain.hi() - domain.lo()) * random.nextDouble();
                }
                boolean sine = !spec.realizable() && random.nextBoolean();
                int trueDegree = sine ? -1 : random.nextInt((spec.realizable() ? Math.min(degree, 4) : 4) + 1);
                DoubleUnaryOperator truth = sine ? sine(domain, 1 + 3 * random.nextDouble(), random.nextDouble())
                        : ScaledPolynomial.on(domain, Samples.uniform(random, trueDegree + 1));
                return new Experiment(new Problem(truth, noise, domain), trueDegree, degree, size, repetitions, testX,
                        random.nextLong());
            }

            @Override
            public List<Experiment> edgeCases() {
                Interval domain = DOMAINS.get(2);
                double[] ends = {domain.lo(), domain.hi()};
                ScaledPolynomial line = ScaledPolynomial.on(domain, new double[] {0.5, -1.0});
                int degree = spec.maxDegree();
                return List.of(
                        new Experiment(new Problem(line, spec.maxNoise(), domain), 1, degree,
                                degree + 1 + spec.minExtraPoints(), spec.minRepetitions(), ends, 11L),
                        new Experiment(new Problem(line, spec.minNoise(), domain), 1, Math.max(1, degree / 2),
                                Math.max(1, degree / 2) + 1 + spec.maxExtraPoints(), spec.maxRepetitions(), ends, 12L));
            }

            @Override
            public Stream<Experiment> shrink(Experiment value) {
                Stream.Builder<Experiment> smaller = Stream.builder();
                int n = value.trainingSize();
                int d = value.degree();
                if (value.repetitions() > spec.minRepetitions()) {
                    smaller.add(value.with(d, n, Math.max(spec.minRepetitions(), value.repetitions() / 2), value.testX()));
                }
                if (value.testX().length > 1) {
                    smaller.add(value.with(d, n, value.repetitions(), Arrays.copyOf(value.testX(), 1)));
                }
                if (n > d + 1 + spec.minExtraPoints()) {
                    smaller.add(value.with(d, n - 1, value.repetitions(), value.testX()));
                }
                if (d > Math.max(0, spec.realizable() ? value.trueDegree() : 0)) {
                    smaller.add(value.with(d - 1, n - 1, value.repetitions(), value.testX()));
                }
                return smaller.build();
            }

            @Override
            public String show(Experiment value) {
                return value.problem().truth() + ", σ = " + value.problem().noiseSd() + " on " + value.problem().domain()
                        + ", degree " + value.degree() + ", n = " + value.trainingSize() + ", M = " + value.repetitions()
                        + ", testX = " + Arrays.toString(value.testX()) + ", seed = " + value.seed();
            }
        };
    }

    /** h*(x) = sin(ω·s + φ) of the scaled input s ∈ [−1, 1]. */
    static DoubleUnaryOperator sine(Interval domain, double frequency, double phase) {
        double halfWidth = (domain.hi() - domain.lo()) / 2;
        double centre = domain.lo() + halfWidth;
        return new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.sin(frequency * Math.PI * (x - centre) / halfWidth + phase);
            }

            @Override
            public String toString() {
                return "h*(x) = sin(" + String.format("%.3f", frequency) + "π·(x − " + centre + ")/" + halfWidth + " + "
                        + String.format("%.3f", phase) + ")";
            }
        };
    }
}
