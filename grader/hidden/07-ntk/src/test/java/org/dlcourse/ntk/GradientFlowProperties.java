package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The closed-form gradient-flow predictions against the ODE df/dt = −(η/N)·Θ·(f − y), df(X*)/dt = −(η/N)·Θ*·(f − y)
 * solved by the exponential of its generator, and their limits. The kernels are random positive definite matrices: the laws hold for
 * any kernel.
 */
class GradientFlowProperties {

    /** Closed forms of a few small matrix products: rounding ~1e-14 of the scale of the outputs. */
    private static final double EXACT = 1e-10;

    /**
     * The exponential of the ODE's generator by scaling and squaring (Taylor terms to 30, ‖G‖/2^s ≤ 1/4): rounding
     * ~1e-15 times 2^s ≤ 2^8 on norms of order 1, against the eigendecomposition's ~1e-14; 1e-9 leaves room.
     */
    private static final double ODE = 1e-9;

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
        Counterexample.input("flow", sample);
        Counterexample.input("late", late);
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
        Counterexample.input("flow", sample);
        Counterexample.input("late", late);
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
        Counterexample.input("flow", sample);
        double t = Counterexample.input("t",
                new SplittableRandom(sample.ntkTrain().length()).nextDouble(0.1, 6.0) * sample.timeScale());

        double[][] ode = integrate(sample, t);
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
        Counterexample.input("flow", sample);

        List<Predictions> all = flow.predict(Counterexample.input("times", times));

        assertThat(all).hasSize(times.length);
        for (int k = 0; k < times.length; k++) {
            Predictions one = sample.flow().predict(times[k]);
            assertThat(all.get(k).time()).isEqualTo(times[k]);
            Matrices.assertClose("train at t = " + times[k], all.get(k).train(), one.train(), 1e-12, 1e-12);
            Matrices.assertClose("test at t = " + times[k], all.get(k).test(), one.test(), 1e-12, 1e-12);
        }
    }

    /**
     * The ODE of the class comment is linear in (r, f*) = (f(X) − y, f(X*)): d/dt (r, f*) = G·(r, f*) with
     * G = −(η/N)·[[Θ, 0], [Θ*, 0]]. Its solution is e^(t·G)·(r₀, f₀(X*)), computed here by scaling and squaring
     * with a Taylor series (Moler and Van Loan 2003, method 3), independently of the eigendecomposition a solution
     * would use. Returns {f_t(X), f_t(X*)}.
     */
    private static double[][] integrate(Flow sample, double t) {
        double[][] theta = sample.ntkTrain().toDoubleMatrix();
        double[][] thetaStar = sample.ntkTestTrain().toDoubleMatrix();
        double[] y = sample.targets().toDoubleVector();
        int n = y.length;
        int m = thetaStar.length;
        int size = n + m;
        double rate = sample.learningRate() * t / n;
        double[][] generator = new double[size][size];
        double norm = 0.0;
        for (int i = 0; i < size; i++) {
            double row = 0.0;
            for (int j = 0; j < n; j++) {
                generator[i][j] = -rate * (i < n ? theta[i][j] : thetaStar[i - n][j]);
                row += Math.abs(generator[i][j]);
            }
            norm = Math.max(norm, row);
        }
        int squarings = Math.max(0, (int) Math.ceil(Math.log(norm / 0.25) / Math.log(2)));
        double scale = Math.pow(2, -squarings);
        double[][] exponential = identity(size);
        double[][] term = identity(size);
        for (int k = 1; k <= 30; k++) {
            term = product(term, generator);
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    term[i][j] *= scale / k;
                    exponential[i][j] += term[i][j];
                }
            }
        }
        for (int s = 0; s < squarings; s++) {
            exponential = product(exponential, exponential);
        }
        double[] start = new double[size];
        double[] f0 = sample.initialTrain().toDoubleVector();
        double[] f0Test = sample.initialTest().toDoubleVector();
        for (int i = 0; i < n; i++) {
            start[i] = f0[i] - y[i];
        }
        System.arraycopy(f0Test, 0, start, n, m);
        double[] train = new double[n];
        double[] test = new double[m];
        for (int i = 0; i < size; i++) {
            double value = 0.0;
            for (int j = 0; j < size; j++) {
                value += exponential[i][j] * start[j];
            }
            if (i < n) {
                train[i] = value + y[i];
            } else {
                test[i - n] = value;
            }
        }
        return new double[][] {train, test};
    }

    private static double[][] identity(int size) {
        double[][] out = new double[size][size];
        for (int i = 0; i < size; i++) {
            out[i][i] = 1.0;
        }
        return out;
    }

    private static double[][] product(double[][] a, double[][] b) {
        int size = a.length;
        double[][] out = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < size; k++) {
                for (int j = 0; j < size; j++) {
                    out[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return out;
    }
}
