package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;

/**
 * Laws of the Monte-Carlo estimate: the same draws as an independent oracle, the decomposition identity on those
 * draws, fresh training sets, unbiasedness of least squares when the model contains the truth, variance falling with
 * n, the expected training error, determinism.
 */
class MonteCarloProperties {

    /**
     * The student's and the oracle's fits differ by algorithm (Householder/Legendre against Givens/Chebyshev) and
     * agree to ~cond·ε; uniform random training sets with n = d + 1 make cond as large as ~1e6 now and then.
     * Measured over 1,000 experiments at most 6.3e-11 relative on the reference solution; 1e-8 relative leaves a
     * factor 150 and still sees any other draw order, a missing repetition or a wrong divisor (errors of order 1e-2).
     */
    private static final Tolerance ORACLE = Tolerance.of(1e-12, 1e-8);

    /** As in {@link DecompositionProperties}: exact algebra on the same draws, 1e-10 relative. */
    private static final Tolerance IDENTITY = Tolerance.of(1e-10, 1e-10);

    /**
     * When the model contains h*, least squares is unbiased, so E[bias²] = Var/M while E[variance] = (M − 1)/M·Var:
     * bias²·(M − 1)/variance is a ratio of order 1 with a χ²-like tail. 25 is exceeded with probability below 1e-6
     * for one degree of freedom (measured at most 7.7 over 300 experiments); bias² against noisy labels is ≈ σ², many
     * times this bound with n ≥ d + 13 and M ≥ 50.
     */
    private static final double UNBIASED_RATIO = 25;

    /**
     * Standard errors allowed between the mean training error and its expectation σ²·(1 − p/n); the standard error is
     * σ²·√(2(n − p))/(n·√M) since n·(training error)/σ² is χ² with n − p degrees of freedom. Measured at most 3.2 over
     * 500 experiments.
     */
    private static final double STANDARD_ERRORS = 6;

    /**
     * Noise-free fits recover the truth to rounding: squared errors measured at most 3e-24 over 1,000 experiments;
     * 1e-20 allows prediction errors of 1e-10.
     */
    private static final double NOISE_FREE = 1e-20;

    /**
     * Least-squares variance falls like (d + 1)/n for large n, so 16 times the points divide it by about 16 (by more
     * from small n, where nearly singular designs inflate it). Measured: the ratio was at most 0.14 over 200
     * experiments with M = 40; requiring less than 1/4 leaves margin and fails a variance that does not fall.
     */
    private static final double SHRINK_FACTOR = 4;

    Gen<Experiments.Experiment> anyExperiment() {
        return Experiments.experiments(new Experiments.Spec(5, 0, 20, 1, 20, 0.0, 1.0, false));
    }

    Gen<Experiments.Experiment> noisyExperiment() {
        return Experiments.experiments(new Experiments.Spec(5, 2, 20, 2, 20, 0.1, 1.0, false));
    }

    Gen<Experiments.Experiment> realizable() {
        return Experiments.experiments(new Experiments.Spec(4, 12, 30, 50, 100, 0.1, 1.0, true));
    }

    Gen<Experiments.Experiment> realizableTraining() {
        return Experiments.experiments(new Experiments.Spec(4, 0, 30, 20, 60, 0.1, 1.0, true));
    }

    Gen<Experiments.Experiment> noiseFree() {
        return Experiments.experiments(new Experiments.Spec(5, 0, 20, 1, 10, 0.0, 0.0, true));
    }

    Gen<Experiments.Experiment> growing() {
        return Experiments.experiments(new Experiments.Spec(4, 1, 10, 40, 40, 0.1, 1.0, false));
    }

    @Property(tries = 40)
    @Graded(points = 4, task = "monte-carlo",
            hint = "Draw training set m = problem.sample(random, n) for m = 0, …, M − 1 from one new SplittableRandom(seed), in order and nothing else; fit each, predict at testX, and decompose against problem.truth(testX) with σ² = problem.noiseVariance().")
    void agreesWithAnIndependentOracleOnTheSameDraws(@ForAll("anyExperiment") Experiments.Experiment experiment) {
        BiasVarianceOracle.Expected expected = experiment.oracle();

        MonteCarloEstimate actual = experiment.estimate();

        assertThat(actual.degree()).isEqualTo(experiment.degree());
        assertThat(actual.trainingSize()).isEqualTo(experiment.trainingSize());
        assertThat(actual.repetitions()).isEqualTo(experiment.repetitions());
        Decomposition decomposition = actual.decomposition();
        Vectors.assertClose("bias²", decomposition.bias2(), expected.bias2(), ORACLE);
        Vectors.assertClose("variance", decomposition.variance(), expected.variance(), ORACLE);
        Vectors.assertClose("testError", decomposition.testError(), expected.testError(), ORACLE);
        assertThat(ORACLE.accepts(decomposition.noise(), expected.noise())).as("noise %s against σ² = %s",
                decomposition.noise(), expected.noise()).isTrue();
        assertThat(ORACLE.accepts(actual.trainingError(), expected.trainingError())).as("training error %s against %s",
                actual.trainingError(), expected.trainingError()).isTrue();
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "monte-carlo",
            hint = "The mean test error must equal σ² + mean bias² + mean variance on the same draws: divide the variance by M, and measure bias² and the test error against the noise-free truth.")
    void meanTestErrorIsNoisePlusBiasSquaredPlusVarianceOnTheSameDraws(
            @ForAll("anyExperiment") Experiments.Experiment experiment) {
        Decomposition decomposition = experiment.estimate().decomposition();

        double sum = decomposition.noise() + decomposition.meanBias2() + decomposition.meanVariance();
        assertThat(IDENTITY.accepts(sum, decomposition.meanTestError()))
                .as("σ² + bias² + variance = %s against the mean test error %s", sum, decomposition.meanTestError())
                .isTrue();
    }

    @Property(tries = 40)
    @Graded(points = 3, task = "monte-carlo",
            hint = "With noisy labels, models trained on different training sets disagree: every repetition must draw a fresh training set (a variance of exactly 0 means one set was reused).")
    void everyRepetitionDrawsItsOwnTrainingSet(@ForAll("noisyExperiment") Experiments.Experiment experiment) {
        double[] variance = experiment.estimate().decomposition().variance();

        for (int t = 0; t < variance.length; t++) {
            assertThat(variance[t]).as("variance at test point %d", t).isGreaterThan(0.0);
        }
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "monte-carlo",
            hint = "When the polynomials contain h*, least squares is unbiased and bias² is only Monte-Carlo noise (about variance/M): compare the mean prediction with the noise-free problem.truth(testX), never with noisy labels.")
    void biasOfAModelThatContainsTheTruthIsOnlyMonteCarloNoise(@ForAll("realizable") Experiments.Experiment experiment) {
        Decomposition decomposition = experiment.estimate().decomposition();

        double allowed = UNBIASED_RATIO * decomposition.meanVariance() / (experiment.repetitions() - 1);
        assertThat(decomposition.meanBias2()).as("mean bias² of a model that contains h* (variance %s, M = %d)",
                decomposition.meanVariance(), experiment.repetitions()).isLessThanOrEqualTo(allowed);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "monte-carlo",
            hint = "Variance must shrink as the training sets grow (roughly like 1/n): every repetition fits its own fresh training set of n points.")
    void varianceFallsAsTheTrainingSetsGrow(@ForAll("growing") Experiments.Experiment experiment) {
        Experiments.Experiment larger = experiment.with(experiment.degree(), 16 * experiment.trainingSize(),
                experiment.repetitions(), experiment.testX());

        double small = experiment.estimate().decomposition().meanVariance();
        double large = larger.estimate().decomposition().meanVariance();

        assertThat(large).as("variance with n = %d against %s with n = %d", larger.trainingSize(), small,
                experiment.trainingSize()).isGreaterThan(0.0).isLessThan(small / SHRINK_FACTOR);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "monte-carlo",
            hint = "The training error is each model's mean squared residual on its own training set (divide by n), averaged over the M repetitions; for a model that contains h* it is about σ²·(1 − (d + 1)/n).")
    void trainingErrorOfAModelThatContainsTheTruthIsAboutNoiseTimesOneMinusPOverN(
            @ForAll("realizableTraining") Experiments.Experiment experiment) {
        int n = experiment.trainingSize();
        int p = experiment.degree() + 1;
        double noise = experiment.problem().noiseSd() * experiment.problem().noiseSd();
        double expected = noise * (1.0 - (double) p / n);
        double standardError = noise * Math.sqrt(2.0 * (n - p)) / (n * Math.sqrt(experiment.repetitions()));

        double trainingError = experiment.estimate().trainingError();

        assertThat(Math.abs(trainingError - expected)).as("|training error %s − σ²(1 − p/n) = %s|", trainingError, expected)
                .isLessThanOrEqualTo(STANDARD_ERRORS * standardError + NOISE_FREE);
    }

    @Property(tries = 20)
    @Graded(points = 1, task = "monte-carlo",
            hint = "All randomness must come from new SplittableRandom(seed): the same seed must give the same estimate bit for bit, and another seed other training sets.")
    void isAFunctionOfTheSeed(@ForAll("noisyExperiment") Experiments.Experiment experiment) {
        Decomposition first = experiment.estimate().decomposition();
        Decomposition again = experiment.estimate().decomposition();
        Decomposition other = new Experiments.Experiment(experiment.problem(), experiment.trueDegree(),
                experiment.degree(), experiment.trainingSize(), experiment.repetitions(), experiment.testX(),
                experiment.seed() + 1).estimate().decomposition();

        assertThat(again.testError()).as("test error, same seed").containsExactly(first.testError());
        assertThat(again.variance()).as("variance, same seed").containsExactly(first.variance());
        assertThat(other.testError()).as("test error, another seed").isNotEqualTo(first.testError());
    }

    @Property(tries = 40)
    @Graded(points = 1, task = "monte-carlo",
            hint = "Without noise, polynomials of degree ≥ that of h* fit it exactly: bias², variance, test and training error must all vanish.")
    void noiseFreeDataFromAPolynomialOfTheModelClassHasNoError(@ForAll("noiseFree") Experiments.Experiment experiment) {
        MonteCarloEstimate estimate = experiment.estimate();
        Decomposition decomposition = estimate.decomposition();

        assertThat(decomposition.meanBias2()).as("bias²").isLessThanOrEqualTo(NOISE_FREE);
        assertThat(decomposition.meanVariance()).as("variance").isLessThanOrEqualTo(NOISE_FREE);
        assertThat(decomposition.meanTestError()).as("test error").isLessThanOrEqualTo(NOISE_FREE);
        assertThat(estimate.trainingError()).as("training error").isLessThanOrEqualTo(NOISE_FREE);
    }
}
