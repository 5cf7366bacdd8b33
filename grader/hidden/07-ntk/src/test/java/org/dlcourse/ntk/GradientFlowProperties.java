package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The closed-form gradient-flow predictions against the ODE df/dt = −(η/N)·Θ·(f − y), df(X*)/dt = −(η/N)·Θ*·(f − y)
 * integrated numerically, and their limits. The kernels are random positive definite matrices: the laws hold for
 * any kernel.
 */
class GradientFlowProperties {

    /** Closed forms of a few small matrix products: rounding ~1e-14 of the scale of the outputs. */
    private static final double EXACT = 1e-10;

    /** Classical RK4 with 4,000 steps over η·t·λ_max/N ≤ 6: global error ~(h·λ)⁴ ≈ 1e-11; 1e-7 leaves room. */
    private static final double ODE = 1e-7;

    /** A flow problem: Θ [N, N] SPD, Θ* [M, N] with [[Θ, Θ*ᵀ], [Θ*, ·]] a Gram matrix, y, f₀, η. */
    record Flow(INDArray ntkTrain, INDArray ntkTestTrain, INDArray targets, INDArray initialTrain, INDArray initialTest,
            double learningRate) {

        GradientFlow flow() {
            return new GradientFlow(ntkTrain, ntkTestTrain, targets, initialTrain, initialTest, learningRate);
        }

        /** A time at which the slowest mode has decayed by e^(−s) when s = η·t·λ_min/N, capped for the fastest. */
        double timeScale() {
            double lambdaMax = Matrices.maxEigenvalue(ntkTrain);
            return ntkTrain.rows() / (learningRate * lambdaMax);
        }
    }

    Gen<Flow> flows() {
        return random -> {
            int n = random.nextInt(1, 7);
            int m = random.nextInt(1, 4);
            INDArray features = Matrices.gaussian(random, n + m, n + 3);
            INDArray gram = features.mmul(features.transpose()).addi(Nd4j.eye(n + m).castTo(features.dataType()).muli(0.1));
            INDArray train = gram.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n)).dup();
            INDArray testTrain = gram.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(n, n + m),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n)).dup();
            return new Flow(train, testTrain, Matrices.gaussian(random, 1, n).reshape(n),
                    Matrices.gaussian(random, 1, n).reshape(n), Matrices.gaussian(random, 1, m).reshape(m),
                    Math.exp(random.nextDouble(-2.0, 1.0)));
        };
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "gradient-flow",
            hint = "At t = 0 nothing has been trained: the predictions must equal the initial outputs f₀ on both the training and the test inputs.")
    void startsFromTheInitialOutputs(@ForAll("flows") Flow sample) {
        Predictions p = sample.flow().predict(0.0);

        Matrices.assertClose("f_0(X)", p.train(), sample.initialTrain(), EXACT, EXACT);
        Matrices.assertClose("f_0(X*)", p.test(), sample.initialTest(), EXACT, EXACT);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "gradient-flow",
            hint = "As t → ∞ the training predictions must tend to the targets y (every mode of e^(−η·t·Θ/N) decays), and t = ∞ must give y on the training set.")
    void trainingPredictionsTendToTheTargets(@ForAll("flows") Flow sample) {
        double lambdaMin = Matrices.minEigenvalue(sample.ntkTrain());
        double late = 60.0 * sample.ntkTrain().rows() / (sample.learningRate() * lambdaMin);
        double scale = sample.targets().norm2Number().doubleValue() + sample.initialTrain().norm2Number().doubleValue();

        Matrices.assertClose("f_t(X) at η·t·λ_min/N = 60", sample.flow().predict(late).train(), sample.targets(),
                1e-9 * scale, 0.0);
        Matrices.assertClose("f_∞(X)", sample.flow().predict(Double.POSITIVE_INFINITY).train(), sample.targets(),
                1e-9 * scale, 0.0);
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "gradient-flow",
            hint = "t = ∞ gives the test predictions f₀(X*) − Θ*·Θ⁻¹·(f₀(X) − y), by a Cholesky solve; they must be the limit of the finite-time predictions.")
    void infiniteTimeIsTheLimitOnTheTestSet(@ForAll("flows") Flow sample) {
        double lambdaMin = Matrices.minEigenvalue(sample.ntkTrain());
        double late = 60.0 * sample.ntkTrain().rows() / (sample.learningRate() * lambdaMin);
        double scale = sample.initialTest().norm2Number().doubleValue() + sample.initialTrain().norm2Number().doubleValue()
                + sample.targets().norm2Number().doubleValue();
        double conditioning = Matrices.maxEigenvalue(sample.ntkTrain()) / lambdaMin;

        Matrices.assertClose("f_∞(X*) against f_t(X*) at η·t·λ_min/N = 60",
                sample.flow().predict(Double.POSITIVE_INFINITY).test(), sample.flow().predict(late).test(),
                1e-9 * scale * conditioning, 0.0);
    }

    @Property(tries = 25)
    @Graded(points = 5, task = "gradient-flow",
            hint = "The predictions must solve df/dt = −(η/N)·Θ·(f − y) (MSE loss ½·mean over the N training samples): the exponent is −η·t·Θ/N, with the 1/N; the test outputs move by −Θ*·Θ⁻¹·(I − e^(−η·t·Θ/N))·(f₀ − y).")
    void solvesTheGradientFlowOde(@ForAll("flows") Flow sample) {
        double t = new SplittableRandom(sample.ntkTrain().length()).nextDouble(0.1, 6.0) * sample.timeScale();

        double[][] ode = integrate(sample, t, 4000);
        Predictions p = sample.flow().predict(t);

        double scale = sample.targets().norm2Number().doubleValue() + sample.initialTrain().norm2Number().doubleValue()
                + sample.initialTest().norm2Number().doubleValue();
        Matrices.assertClose("f_t(X) at t = " + t, p.train(), Nd4j.createFromArray(ode[0]), ODE * scale, 0.0);
        Matrices.assertClose("f_t(X*) at t = " + t, p.test(), Nd4j.createFromArray(ode[1]), ODE * scale, 0.0);
    }

    @Property(tries = 25)
    @Graded(points = 2, task = "gradient-flow",
            hint = "predict(t1, t2, …) must return, in order, exactly what predict(t1), predict(t2), … return one by one (t = 0 and t = ∞ included).")
    void anArrayOfTimesEqualsALoop(@ForAll("flows") Flow sample) {
        double scale = sample.timeScale();
        double[] times = {0.0, 0.3 * scale, 2.0 * scale, 0.3 * scale, Double.POSITIVE_INFINITY, 10.0 * scale};
        GradientFlow flow = sample.flow();

        List<Predictions> all = flow.predict(times);

        assertThat(all).hasSize(times.length);
        for (int k = 0; k < times.length; k++) {
            Predictions one = sample.flow().predict(times[k]);
            assertThat(all.get(k).time()).isEqualTo(times[k]);
            Matrices.assertClose("train at t = " + times[k], all.get(k).train(), one.train(), 1e-12, 1e-12);
            Matrices.assertClose("test at t = " + times[k], all.get(k).test(), one.test(), 1e-12, 1e-12);
        }
    }

    /** RK4 on the linear ODE of the class comment; returns {f_t(X), f_t(X*)}. */
    private static double[][] integrate(Flow sample, double t, int steps) {
        double[][] theta = sample.ntkTrain().toDoubleMatrix();
        double[][] thetaStar = sample.ntkTestTrain().toDoubleMatrix();
        double[] y = sample.targets().toDoubleVector();
        int n = y.length;
        int m = thetaStar.length;
        double rate = sample.learningRate() / n;
        double[] state = new double[n + m];
        System.arraycopy(sample.initialTrain().toDoubleVector(), 0, state, 0, n);
        System.arraycopy(sample.initialTest().toDoubleVector(), 0, state, n, m);
        double h = t / steps;
        for (int s = 0; s < steps; s++) {
            double[] k1 = slope(theta, thetaStar, y, rate, state);
            double[] k2 = slope(theta, thetaStar, y, rate, axpy(state, k1, h / 2));
            double[] k3 = slope(theta, thetaStar, y, rate, axpy(state, k2, h / 2));
            double[] k4 = slope(theta, thetaStar, y, rate, axpy(state, k3, h));
            for (int i = 0; i < state.length; i++) {
                state[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        return new double[][] {java.util.Arrays.copyOf(state, n), java.util.Arrays.copyOfRange(state, n, n + m)};
    }

    private static double[] slope(double[][] theta, double[][] thetaStar, double[] y, double rate, double[] state) {
        int n = y.length;
        double[] out = new double[state.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i] -= rate * theta[i][j] * (state[j] - y[j]);
            }
        }
        for (int i = 0; i < thetaStar.length; i++) {
            for (int j = 0; j < n; j++) {
                out[n + i] -= rate * thetaStar[i][j] * (state[j] - y[j]);
            }
        }
        return out;
    }

    private static double[] axpy(double[] x, double[] direction, double step) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += step * direction[i];
        }
        return out;
    }
}
