package org.dlcourse.regularization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.gradcheck.NumericGradient;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Laws of batch normalization on generated batches: per-feature mean 0 and variance σ²/(σ² + ε) ≈ 1 before γ and β;
 * invariance to a per-feature a·x + c (a &gt; 0), hence Σ_i dx_i = 0 and Σ_i dx_i·x̂_i = 0 per feature (up to the ε
 * term); the backward pass against finite differences; the running estimates (momentum m, unbiased variance) and
 * evaluation mode with them.
 */
class BatchNormProperties {

    private static final double EPS = BatchNorm1d.DEFAULT_EPS;

    /**
     * Values up to 100 lose ~1e-14 when centred; divided by √(σ² + ε) ≥ √ε ≈ 3e-3 that is ≲ 1e-11 in x̂. 1e-8 is
     * margin; normalizing with the unbiased variance is off by 1/n ≥ 0.1 in the variance.
     */
    private static final double MOMENTS = 1e-8;

    /**
     * a·x + c changes x̂ only through ε: x̂' = (x − μ)/√(σ² + ε/a²) against (x − μ)/√(σ² + ε), a relative change of at
     * most ε·|1 − 1/a²|/(2σ²) ≤ 1e-5·3/2 = 1.5e-5 for σ² ≥ 1 and a ≥ 0.5, times |x̂| ≤ √(n − 1) ≤ 3: 1e-4 bounds it.
     */
    private static final double INVARIANCE = 1e-4;

    /**
     * Central differences at h = 1e-5 of f = Σ g·y, |f| ≲ 1e3: roundoff ≈ 1e-16·1e3/1e-5 = 1e-8, truncation
     * h²·f‴/6 ≪ that for σ² ≥ 1. 1e-6 absolute and relative is margin; a wrong term is off by O(1).
     */
    private static final Tolerance NUMERIC = Tolerance.of(1e-6, 1e-6);

    /** The same formula evaluated in a different order: ≲ 1e-13 for values of order 100. */
    private static final Tolerance FORMULA = Tolerance.of(1e-10, 1e-10);

    Gen<INDArray> batches() {
        return Gens.matrices().rows(2, 10).cols(1, 5).values(Gens.doubles(-100, 100));
    }

    /** Batches whose every feature has a (biased) variance of at least 1, where the ε in √(σ² + ε) is negligible. */
    Gen<INDArray> spreadBatches() {
        return Gens.matrices().rows(2, 6).cols(1, 3).values(Gens.doubles(-10, 10))
                .filter(x -> Columns.everyVarianceAtLeast(x, 1.0));
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    Gen<Double> momenta() {
        return Gens.oneOf(0.1, 0.25, 0.9, 1.0, 0.0);
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "batch-norm",
            hint = "In training mode each feature (column) must come out with mean 0 and variance sigma^2/(sigma^2 + eps) before gamma and beta: normalize with the batch mean and the BIASED variance (1/n), as PyTorch does.")
    void normalizedFeaturesHaveMeanZeroAndVarianceOne(@ForAll("batches") INDArray x) {
        BatchNorm1d layer = new BatchNorm1d(x.columns());
        INDArray y = layer.forward(x, Mode.TRAIN);

        double[] means = Columns.means(y);
        double[] variances = Columns.variances(y);
        double[] sigma2 = Columns.variances(x);
        for (int j = 0; j < means.length; j++) {
            assertThat(means[j]).as("mean of feature %d", j).isBetween(-MOMENTS, MOMENTS);
            assertThat(variances[j]).as("variance of feature %d, whose batch variance is %s", j, sigma2[j])
                    .isCloseTo(sigma2[j] / (sigma2[j] + EPS), within(MOMENTS));
        }
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "batch-norm",
            hint = "Batch normalization in training mode must not change when a feature is scaled by a > 0 and shifted by c: subtract the batch mean and divide by sqrt(batch variance + eps), per column.")
    void trainingOutputIsInvariantToPerFeatureAffineMaps(@ForAll("spreadBatches") INDArray x,
            @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray a = RandomTensors.uniform(random, 0.5, 5.0, 1, x.columns());
        INDArray c = RandomTensors.uniform(random, -100.0, 100.0, 1, x.columns());
        INDArray gamma = Counterexample.input("gamma", RandomTensors.gaussian(random, 1, x.columns()));
        INDArray beta = Counterexample.input("beta", RandomTensors.gaussian(random, 1, x.columns()));

        INDArray y = layerWith(gamma, beta).forward(Counterexample.input("x", x), Mode.TRAIN);
        INDArray moved = layerWith(gamma, beta).forward(
                Counterexample.input("movedX", x.mulRowVector(a).addiRowVector(c)), Mode.TRAIN);

        assertThat(moved).isCloseTo(y, Tolerance.absolute(INVARIANCE * (1 + gamma.amaxNumber().doubleValue())));
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "batch-norm",
            hint = "The input gradient of batch normalization in training mode must sum to 0 over the batch in every feature, and be orthogonal to x_hat: dx = gamma/(n*sqrt(var+eps)) * (n*g - sum(g) - x_hat*sum(g*x_hat)); the mean and the variance depend on x too.")
    void inputGradientSumsToZeroAndIsOrthogonalToXHat(@ForAll("batches") INDArray x, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray gamma = Counterexample.input("gamma", RandomTensors.gaussian(random, 1, x.columns()));
        INDArray g = RandomTensors.gaussian(random, x.shape());
        BatchNorm1d layer = layerWith(gamma, Counterexample.input("beta", Nd4j.zeros(DataType.DOUBLE, 1, x.columns())));
        layer.forward(Counterexample.input("x", x), Mode.TRAIN);
        INDArray dx = layer.backward(Counterexample.input("g", g)).dx();

        double[] mu = Columns.means(x);
        double[] sigma2 = Columns.variances(x);
        long n = x.rows();
        INDArray xHat = x.dup();
        for (int j = 0; j < mu.length; j++) {
            double inverseStd = 1 / Math.sqrt(sigma2[j] + EPS);
            for (int i = 0; i < n; i++) {
                xHat.putScalar(i, j, (x.getDouble(i, j) - mu[j]) * inverseStd);
            }
            // Each dx_ij is a sum of terms of size ≤ |γ|·inverseStd·(n + 2)·Σ|g|/n; rounding is ~1e-16 of that.
            double scale = Math.abs(gamma.getDouble(0, j)) * inverseStd * (n + 2) * Columns.absoluteSum(g, j);
            double sumOfDx = 0;
            for (int i = 0; i < n; i++) {
                sumOfDx += dx.getDouble(i, j);
            }
            double epsTerm = gamma.getDouble(0, j) * inverseStd * Columns.dot(g, xHat, j) * EPS / (sigma2[j] + EPS);

            assertThat(Math.abs(sumOfDx)).as("|Σ dx| of feature %d", j).isLessThanOrEqualTo(1e-10 * scale);
            assertThat(Math.abs(Columns.dot(dx, xHat, j) - epsTerm)).as("|Σ dx·x̂ − γ·Σ(g·x̂)·ε/(σ²+ε)/√(σ²+ε)| of feature %d", j)
                    .isLessThanOrEqualTo(1e-10 * scale * Math.sqrt(n));
        }
    }

    @Property(tries = 8)
    @Graded(points = 3, task = "batch-norm",
            hint = "The training-mode backward pass disagrees with finite differences of sum(g * y): dbeta = sum of g over rows, dgamma = sum of g*x_hat over rows, and dx must include the paths through the batch mean and variance.")
    void backwardMatchesFiniteDifferences(@ForAll("spreadBatches") INDArray x, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray gamma = Counterexample.input("gamma", RandomTensors.gaussian(random, 1, x.columns()));
        INDArray beta = Counterexample.input("beta", RandomTensors.gaussian(random, 1, x.columns()));
        INDArray g = RandomTensors.gaussian(random, x.shape());
        BatchNorm1d layer = layerWith(gamma, beta);
        layer.forward(Counterexample.input("x", x), Mode.TRAIN);
        BatchNormGradients gradients = layer.backward(Counterexample.input("g", g));

        INDArray dx = NumericGradient.centralDifference(
                input -> layerWith(gamma, beta).forward(input, Mode.TRAIN).mul(g).sumNumber().doubleValue(), x, 1e-5);
        INDArray dGamma = NumericGradient.centralDifference(
                scale -> layerWith(scale, beta).forward(x, Mode.TRAIN).mul(g).sumNumber().doubleValue(), gamma, 1e-5);
        INDArray dBeta = NumericGradient.centralDifference(
                shift -> layerWith(gamma, shift).forward(x, Mode.TRAIN).mul(g).sumNumber().doubleValue(), beta, 1e-5);

        assertThat(gradients.dBeta()).as("dβ").isCloseTo(dBeta, NUMERIC);
        assertThat(gradients.dGamma()).as("dγ").isCloseTo(dGamma, NUMERIC);
        assertThat(gradients.dx()).as("dx").isCloseTo(dx, NUMERIC);
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "batch-norm",
            hint = "The running mean must follow running_mean <- (1 - m)*running_mean + m*batch_mean from 0, with m the momentum (0.1 by default): the new batch gets weight m, not 1 - m.")
    void runningMeanIsAnExponentialAverageWithMomentum(@ForAll("batches") INDArray x, @ForAll("momenta") double m,
            @ForAll("seeds") long seed) {
        BatchNorm1d layer = new BatchNorm1d(x.columns(), EPS, Counterexample.input("momentum", m));
        double[] expected = new double[x.columns()];
        for (INDArray batch : threeBatches(x, seed)) {
            layer.forward(Counterexample.input("batch", batch), Mode.TRAIN);
            double[] mu = Columns.means(batch);
            for (int j = 0; j < expected.length; j++) {
                expected[j] = (1 - m) * expected[j] + m * mu[j];
            }
        }

        assertThat(layer.runningMean()).isCloseTo(new double[][] {expected}, FORMULA);
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "batch-norm",
            hint = "The running variance must follow running_var <- (1 - m)*running_var + m*var_unbiased from 1, with the UNBIASED batch variance n/(n-1)*sigma^2 (PyTorch), while the batch itself is normalized with the biased one.")
    void runningVarianceAveragesTheUnbiasedBatchVariance(@ForAll("batches") INDArray x,
            @ForAll("momenta") double m, @ForAll("seeds") long seed) {
        BatchNorm1d layer = new BatchNorm1d(x.columns(), EPS, Counterexample.input("momentum", m));
        double[] expected = new double[x.columns()];
        Arrays.fill(expected, 1.0);
        for (INDArray batch : threeBatches(x, seed)) {
            layer.forward(Counterexample.input("batch", batch), Mode.TRAIN);
            double[] sigma2 = Columns.variances(batch);
            double n = batch.rows();
            for (int j = 0; j < expected.length; j++) {
                expected[j] = (1 - m) * expected[j] + m * sigma2[j] * n / (n - 1);
            }
        }

        assertThat(layer.runningVar()).isCloseTo(new double[][] {expected}, FORMULA);
    }

    @Property(tries = 20)
    @Graded(points = 3, task = "batch-norm",
            hint = "Evaluation mode must use the RUNNING mean and variance, not the statistics of the batch it is given, and must not update them: y = gamma*(x - running_mean)/sqrt(running_var + eps) + beta, also for a single row.")
    void evaluationUsesAndKeepsTheRunningEstimates(@ForAll("batches") INDArray x, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BatchNorm1d layer = layerWith(Counterexample.input("gamma", RandomTensors.gaussian(random, 1, x.columns())),
                Counterexample.input("beta", RandomTensors.gaussian(random, 1, x.columns())));
        for (INDArray batch : threeBatches(x, seed)) {
            layer.forward(Counterexample.input("batch", batch), Mode.TRAIN);
        }
        INDArray runningMean = layer.runningMean().dup();
        INDArray runningVar = layer.runningVar().dup();
        INDArray expected = x.subRowVector(runningMean).diviRowVector(sqrt(runningVar.add(EPS)))
                .muliRowVector(layer.gamma()).addiRowVector(layer.beta());

        assertThat(layer.forward(Counterexample.input("x", x), Mode.EVAL)).isCloseTo(expected, FORMULA);
        assertThat(layer.forward(x.getRow(0, true), Mode.EVAL)).as("a single row in evaluation mode")
                .isCloseTo(expected.getRow(0, true), FORMULA);
        assertThat(layer.runningMean()).as("running mean after evaluation").isCloseTo(runningMean,
                Tolerance.absolute(0.0));
        assertThat(layer.runningVar()).as("running variance after evaluation").isCloseTo(runningVar,
                Tolerance.absolute(0.0));
    }

    @Property(tries = 20)
    @Graded(points = 1, task = "batch-norm",
            hint = "After an evaluation pass the layer is affine: dx = gamma*g/sqrt(running_var + eps), dgamma = sum of g*x_hat (x_hat from the running estimates), dbeta = sum of g.")
    void evaluationBackwardIsThatOfAnAffineMap(@ForAll("batches") INDArray x, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BatchNorm1d layer = layerWith(Counterexample.input("gamma", RandomTensors.gaussian(random, 1, x.columns())),
                Counterexample.input("beta", RandomTensors.gaussian(random, 1, x.columns())));
        layer.forward(Counterexample.input("trainingBatch", RandomTensors.gaussian(random, 4, x.columns())), Mode.TRAIN);
        INDArray g = RandomTensors.gaussian(random, x.shape());
        INDArray inverseStd = sqrt(layer.runningVar().add(EPS)).rdivi(1.0);
        INDArray xHat = x.subRowVector(layer.runningMean()).muliRowVector(inverseStd);

        layer.forward(Counterexample.input("x", x), Mode.EVAL);
        BatchNormGradients gradients = layer.backward(Counterexample.input("g", g));

        assertThat(gradients.dx()).as("dx").isCloseTo(g.mulRowVector(layer.gamma().mul(inverseStd)), FORMULA);
        assertThat(gradients.dGamma()).as("dγ").isCloseTo(g.mul(xHat).sum(true, 0), FORMULA);
        assertThat(gradients.dBeta()).as("dβ").isCloseTo(g.sum(true, 0), FORMULA);
    }

    private static BatchNorm1d layerWith(INDArray gamma, INDArray beta) {
        BatchNorm1d layer = new BatchNorm1d(gamma.columns());
        layer.gamma().assign(gamma);
        layer.beta().assign(beta);
        return layer;
    }

    /** x and two more batches of its width, of 2–9 rows, drawn from the seed. */
    private static INDArray[] threeBatches(INDArray x, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new INDArray[] {x, RandomTensors.gaussian(random, 2 + random.nextInt(8), x.columns()).muli(3).addi(1),
            RandomTensors.uniform(random, -5, 20, 2 + random.nextInt(8), x.columns())};
    }

    private static INDArray sqrt(INDArray x) {
        return Transforms.sqrt(x, true);
    }
}
