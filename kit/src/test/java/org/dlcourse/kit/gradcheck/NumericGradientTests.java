package org.dlcourse.kit.gradcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dlcourse.kit.assertions.Tensors;
import org.dlcourse.kit.random.RandomTensors;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

class NumericGradientTests {

    /** CS231n's step for central differences in double; the fourth-order stencil balances its errors at a larger h. */
    private static final double CENTRAL_STEP = 1e-5;
    private static final double FOURTH_ORDER_STEP = 1e-3;

    /** A scalar function of a tensor with its known gradient. */
    record KnownGradient(String name, ToDoubleFunction<INDArray> f, UnaryOperator<INDArray> gradient) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** f(x) = xᵀAx for a random non-symmetric A: ∇f = (A + Aᵀ)x. */
    static KnownGradient quadraticForm(SplittableRandom random, int n) {
        INDArray a = RandomTensors.gaussian(random, n, n);
        return new KnownGradient("quadratic form",
                x -> x.reshape(1, n).mmul(a).mmul(x.reshape(n, 1)).getDouble(0),
                x -> a.add(a.transpose()).mmul(x.reshape(n, 1)).reshape(x.shape()));
    }

    /** f(x) = Σᵢ exp(xᵢ): ∇f = exp(x). */
    static KnownGradient sumOfExp() {
        return new KnownGradient("sum of exp", x -> Transforms.exp(x, true).sumNumber().doubleValue(),
                x -> Transforms.exp(x, true));
    }

    /** f(x) = log Σᵢ exp(xᵢ), shifted by max x for stability: ∇f = softmax(x) = exp(x − f(x)). */
    static KnownGradient logSumExp() {
        ToDoubleFunction<INDArray> lse = x -> {
            double max = x.maxNumber().doubleValue();
            return max + Math.log(Transforms.exp(x.sub(max), false).sumNumber().doubleValue());
        };
        return new KnownGradient("log-sum-exp", lse, x -> Transforms.exp(x.sub(lse.applyAsDouble(x)), false));
    }

    static Stream<Arguments> knownGradientsAtRandomPoints() {
        List<Arguments> cases = new ArrayList<>();
        for (int trial = 0; trial < 5; trial++) {
            SplittableRandom random = Seeds.random("NumericGradientTests.known." + trial);
            cases.add(Arguments.of(quadraticForm(random, 6), RandomTensors.gaussian(random, 6)));
            cases.add(Arguments.of(sumOfExp(), RandomTensors.gaussian(random, 2, 3)));
            // Standard normal logits keep every softmax entry above ~1e-3; for much smaller entries the roundoff
            // ε·|f|/h of any finite difference exceeds 1e-7 of the entry (CS231n's caveat on tiny gradients).
            cases.add(Arguments.of(logSumExp(), RandomTensors.gaussian(random, 3, 2, 2)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, case {index}")
    @MethodSource("knownGradientsAtRandomPoints")
    void centralDifferenceMatchesTheAnalyticGradient(KnownGradient known, INDArray x) {
        INDArray numeric = NumericGradient.centralDifference(known.f(), x, CENTRAL_STEP);
        assertThat(numeric.shape()).isEqualTo(x.shape());
        assertThat(GradientCheck.relativeError(known.gradient().apply(x), numeric))
                .isLessThanOrEqualTo(GradientCheck.ACCEPTABLE_IN_DOUBLE);
    }

    @ParameterizedTest(name = "{0}, case {index}")
    @MethodSource("knownGradientsAtRandomPoints")
    void fourthOrderMatchesTheAnalyticGradient(KnownGradient known, INDArray x) {
        INDArray numeric = NumericGradient.fourthOrder(known.f(), x, FOURTH_ORDER_STEP);
        assertThat(GradientCheck.relativeError(known.gradient().apply(x), numeric))
                .isLessThanOrEqualTo(GradientCheck.ACCEPTABLE_IN_DOUBLE);
    }

    @ParameterizedTest(name = "{0}, case {index}")
    @MethodSource("knownGradientsAtRandomPoints")
    void typicalGradientBugsGiveALargeError(KnownGradient known, INDArray x) {
        INDArray numeric = NumericGradient.centralDifference(known.f(), x, CENTRAL_STEP);
        INDArray correct = known.gradient().apply(x);
        // CS231n: a relative error above 1e-2 "probably means the gradient is wrong".
        assertThat(GradientCheck.relativeError(correct.mul(2), numeric)).isGreaterThan(0.3);
        assertThat(GradientCheck.relativeError(correct.neg(), numeric)).isGreaterThan(0.99);
    }

    @Test
    void aTransposedGradientIsCaught() {
        for (int trial = 0; trial < 5; trial++) {
            SplittableRandom random = Seeds.random("NumericGradientTests.transposed." + trial);
            int n = 5;
            INDArray a = RandomTensors.gaussian(random, n, n);
            INDArray x = RandomTensors.gaussian(random, n);
            ToDoubleFunction<INDArray> f = v -> v.reshape(1, n).mmul(a).mmul(v.reshape(n, 1)).getDouble(0);
            INDArray numeric = NumericGradient.centralDifference(f, x, CENTRAL_STEP);
            // The classic slip: ∇(xᵀAx) taken as 2Ax, i.e. Aᵀ replaced by A.
            INDArray forgotTranspose = a.mmul(x.reshape(n, 1)).mul(2).reshape(n);
            assertThat(GradientCheck.relativeError(forgotTranspose, numeric)).isGreaterThan(1e-2);

            // A matrix argument: f(W) = Σ C ∘ exp(W) has gradient C ∘ exp(W), not its transpose.
            INDArray c = RandomTensors.gaussian(random, 4, 4);
            INDArray w = RandomTensors.gaussian(random, 4, 4);
            INDArray numericW = NumericGradient.centralDifference(
                    v -> c.mul(Transforms.exp(v, true)).sumNumber().doubleValue(), w, CENTRAL_STEP);
            INDArray gradientW = c.mul(Transforms.exp(w, true));
            assertThat(GradientCheck.relativeError(gradientW, numericW)).isLessThanOrEqualTo(1e-7);
            assertThat(GradientCheck.relativeError(gradientW.transpose(), numericW)).isGreaterThan(1e-2);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-3, 1e-2})
    void fourthOrderIsMoreAccurateThanCentralAtTheSameStep(double h) {
        for (KnownGradient known : List.of(sumOfExp(), logSumExp())) {
            for (int trial = 0; trial < 5; trial++) {
                INDArray x = RandomTensors.gaussian(Seeds.random("NumericGradientTests.accuracy." + trial), 8);
                INDArray exact = known.gradient().apply(x);
                double central = GradientCheck.relativeError(exact, NumericGradient.centralDifference(known.f(), x, h));
                double fourth = GradientCheck.relativeError(exact, NumericGradient.fourthOrder(known.f(), x, h));
                assertThat(fourth).as("%s at h = %s", known, h).isLessThan(central / 100);
            }
        }
    }

    @Test
    void errorsShrinkAtTheDocumentedOrders() {
        // For Σ exp the leading truncation terms are exactly h²/6·eˣ and h⁴/30·eˣ, so halving h divides the
        // relative error by 2² and 2⁴ while roundoff is still negligible.
        KnownGradient known = sumOfExp();
        for (int trial = 0; trial < 5; trial++) {
            INDArray x = RandomTensors.gaussian(Seeds.random("NumericGradientTests.order." + trial), 6);
            INDArray exact = known.gradient().apply(x);
            double centralRatio = GradientCheck.relativeError(exact, NumericGradient.centralDifference(known.f(), x, 1e-2))
                    / GradientCheck.relativeError(exact, NumericGradient.centralDifference(known.f(), x, 5e-3));
            double fourthRatio = GradientCheck.relativeError(exact, NumericGradient.fourthOrder(known.f(), x, 1e-1))
                    / GradientCheck.relativeError(exact, NumericGradient.fourthOrder(known.f(), x, 5e-2));
            assertThat(centralRatio).isBetween(3.9, 4.1);
            assertThat(fourthRatio).isBetween(15.5, 16.5);
        }
    }

    @Test
    void theCallersArrayIsNeverModifiedAndViewsWork() {
        INDArray matrix = RandomTensors.gaussian(Seeds.random("NumericGradientTests.view"), 3, 4);
        INDArray view = matrix.transpose();
        double[] before = Tensors.toDoubleArray(matrix);
        KnownGradient known = sumOfExp();
        INDArray central = NumericGradient.centralDifference(known.f(), view, CENTRAL_STEP);
        INDArray fourth = NumericGradient.fourthOrder(known.f(), view, FOURTH_ORDER_STEP);
        assertThat(Tensors.toDoubleArray(matrix)).containsExactly(before);
        assertThat(central.shape()).containsExactly(4, 3);
        assertThat(central.dataType()).isEqualTo(DataType.DOUBLE);
        assertThat(GradientCheck.relativeError(known.gradient().apply(view), central)).isLessThanOrEqualTo(1e-7);
        assertThat(GradientCheck.relativeError(known.gradient().apply(view), fourth)).isLessThanOrEqualTo(1e-7);
    }

    @Test
    void costsTwoOrFourEvaluationsPerElement() {
        INDArray x = RandomTensors.gaussian(Seeds.random("NumericGradientTests.cost"), 2, 5);
        AtomicInteger calls = new AtomicInteger();
        ToDoubleFunction<INDArray> counted = v -> {
            calls.incrementAndGet();
            return v.sumNumber().doubleValue();
        };
        NumericGradient.centralDifference(counted, x, CENTRAL_STEP);
        assertThat(calls.getAndSet(0)).isEqualTo(20);
        NumericGradient.fourthOrder(counted, x, FOURTH_ORDER_STEP);
        assertThat(calls.get()).isEqualTo(40);
    }

    @Test
    void rejectsNonDoubleInputAndBadSteps() {
        INDArray floats = RandomTensors.gaussian(Seeds.random("NumericGradientTests.reject"), 3).castTo(DataType.FLOAT);
        assertThatThrownBy(() -> NumericGradient.centralDifference(sumOfExp().f(), floats, CENTRAL_STEP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOUBLE").hasMessageContaining("FLOAT");
        assertThatThrownBy(() -> NumericGradient.fourthOrder(sumOfExp().f(), floats, FOURTH_ORDER_STEP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOUBLE");
        INDArray x = floats.castTo(DataType.DOUBLE);
        for (double h : new double[] {0.0, -1e-5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> NumericGradient.centralDifference(sumOfExp().f(), x, h))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step h");
        }
    }
}
