package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Laws of gradient descent that a correct SGD step obeys on convex problems (lecture 02, §3). */
class ConvergenceProperties {

    /** Steps of gradient descent on a quadratic: enough for a growth of 1.1⁴⁰ ≈ 45 when it diverges. */
    private static final int STEPS = 40;

    /**
     * Forty steps of a linear recurrence in double, each with relative rounding ~1e-16 per component: the bounds
     * hold to ~1e-14 relative, so 1e-9 is room for rounding and nothing else.
     */
    private static final double ROUNDING = 1e-9;

    /**
     * The floor under a converged error, relative to the size of the iterates: θ_K is stored in double, so
     * ‖θ_K − θ*‖ cannot fall below the rounding of entries of size ‖θ*‖ (a few ulps, ~1e-16 each, per component,
     * accumulated over the last steps). A contraction bound c^K·‖θ_0 − θ*‖ below that floor is not observable; seed 42
     * met one (error 1.11e-15 against a bound of 1.07e-15, both pure rounding).
     */
    private static final double ITERATE_ROUNDING = 1e-14;

    /** One step on a loss of order 1 computed by two different summation orders: ≲ 1e-15 apart. */
    private static final double LOSS_ROUNDING = 1e-12;

    Gen<Quadratics.Case> quadratics() {
        return Quadratics.cases();
    }

    Gen<Problems.Problem> classification() {
        return Problems.problems(1, 12, 1);
    }

    @Property(tries = 100)
    @Graded(points = 3, task = "sgd",
            hint = "Gradient descent on a quadratic multiplies the error along each eigenvector by (1 - lr*lambda) per step, so it converges iff lr < 2/lambda_max: a plain step must be exactly theta <- theta - lr*g.")
    void gradientDescentOnAQuadraticConvergesIffTheLearningRateIsBelowTwoOverLambdaMax(
            @ForAll("quadratics") Quadratics.Case quadratic) {
        int d = quadratic.dimension();
        INDArray theta = Nd4j.create(quadratic.start().clone(), new long[] {1, d});
        Sgd optimizer = new Sgd(List.of(theta), SgdSettings.plain(quadratic.learningRate()));
        for (int k = 0; k < STEPS; k++) {
            double[] gradient = quadratic.gradient(theta.toDoubleVector());
            optimizer.step(List.of(Nd4j.create(gradient, new long[] {1, d})));
        }
        double[] error = theta.toDoubleVector();
        double[] initial = quadratic.start().clone();
        for (int k = 0; k < d; k++) {
            error[k] -= quadratic.minimizer()[k];
            initial[k] -= quadratic.minimizer()[k];
        }

        if (quadratic.ratio() < 1) {
            double bound = Math.pow(quadratic.contraction(), STEPS) * norm(initial);
            assertThat(norm(error)).as("||theta_K - theta*|| after %d steps with lr < 2/lambda_max", STEPS)
                    .isLessThanOrEqualTo(bound * (1 + ROUNDING)
                            + ITERATE_ROUNDING * (norm(quadratic.minimizer()) + norm(quadratic.start())));
        } else {
            double top = 0.0;
            for (int k = 0; k < d; k++) {
                top += quadratic.q()[k][0] * error[k];
            }
            double growth = Math.pow(Math.abs(1 - quadratic.learningRate() * quadratic.eigenvalues()[0]), STEPS);
            assertThat(Math.abs(top)).as("|component along the top eigenvector| after %d steps with lr > 2/lambda_max",
                    STEPS).isGreaterThanOrEqualTo(growth * Math.abs(quadratic.topComponent()) * (1 - ROUNDING));
            assertThat(norm(error)).as("the error grew").isGreaterThan(norm(initial));
        }
    }

    @Property(tries = 50)
    @Graded(points = 2, task = "sgd",
            hint = "A small step against the gradient must lower a smooth convex loss by at least lr/2 * ||g||^2: check the sign of the update (theta - lr*g, not +).")
    void aSmallStepDecreasesTheConvexLoss(@ForAll("classification") Problems.Problem problem) {
        Dataset data = problem.train();
        SoftmaxRegression model = problem.model();
        // The Hessian of the mean cross-entropy is at most ½·max_n(‖x_n‖² + 1) (softmax's Jacobian has eigenvalues
        // ≤ ½; the 1 is the bias's input), so lr = 1/L with this L guarantees f(θ − lr·g) ≤ f(θ) − (lr/2)·‖g‖².
        double smoothness = 0.0;
        for (double[] x : data.images().toDoubleMatrix()) {
            double squared = 1.0;
            for (double v : x) {
                squared += v * v;
            }
            smoothness = Math.max(smoothness, 0.5 * squared);
        }
        double learningRate = 1.0 / smoothness;
        double before = model.loss(data);
        List<INDArray> gradients = model.gradients(data.images(), data.labels());
        double gradientNorm2 = gradients.stream().mapToDouble(g -> g.mul(g).sumNumber().doubleValue()).sum();

        new Sgd(model.parameters(), SgdSettings.plain(learningRate)).step(gradients);

        assertThat(model.loss(data)).as("loss after one step of lr = 1/L from %s", before)
                .isLessThanOrEqualTo(before - 0.5 * learningRate * gradientNorm2 + LOSS_ROUNDING);
    }

    private static double norm(double[] v) {
        double sum = 0.0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
