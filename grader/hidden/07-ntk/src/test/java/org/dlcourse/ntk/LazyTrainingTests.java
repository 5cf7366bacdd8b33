package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Lazy training on six points on the sphere |x|² = d = 3, 50 gradient steps of η = 0.4 (t = 50), one hidden ReLU layer:
 * the reference solution's numbers are in the constants' comments.
 */
class LazyTrainingTests {

    private static final Architecture RELU = new Architecture(1, Math.sqrt(2.0), 0.3, Activation.RELU);
    private static final double LEARNING_RATE = 0.4;
    private static final int STEPS = 50;

    /**
     * Width 32 → 2048 multiplies n by 64, so lazy training divides the relative weight and kernel changes by about
     * 8 (the reference solution: weight change 0.180 → 0.0233, ÷ 7.7; kernel change 0.078 → 0.0114, ÷ 6.8); a factor 3 is the bound.
     */
    private static final double SHRINK = 3.0;

    /** Reference solution: gap 0.018 at width 2048 (0.057 at width 32); 0.1 bounds it with room. */
    private static final double WIDE_GAP = 0.1;

    private static INDArray xTrain;
    private static INDArray yTrain;
    private static INDArray xTest;
    private static LazyTraining.Result narrow;
    private static LazyTraining.Result wide;

    @BeforeAll
    static void train() {
        SplittableRandom random = Seeds.random("07-ntk lazy training");
        xTrain = onSphere(Matrices.gaussian(random, 6, 3));
        yTrain = Transforms.sin(xTrain.getColumn(0).mul(2.0), true).addi(xTrain.getColumn(1)).reshape(6);
        xTest = onSphere(Matrices.gaussian(random, 4, 3));
        narrow = LazyTraining.train(RELU, xTrain, yTrain, xTest, 32, 7, LEARNING_RATE, STEPS);
        wide = LazyTraining.train(RELU, xTrain, yTrain, xTest, 2048, 7, LEARNING_RATE, STEPS);
    }

    /** Rows scaled to |x|² = d, so Θ's diagonal is 2(L + 1)·… ≈ 4 and η·λ_max/N stays below 2 (stable steps). */
    private static INDArray onSphere(INDArray x) {
        INDArray norms = Transforms.sqrt(x.mul(x).sum(1).divi(x.columns()), true).reshape(x.rows(), 1);
        return x.divColumnVector(norms);
    }

    @Test
    @Graded(points = 3, task = "lazy-training",
            hint = "Lazy training: the relative change of all parameters |θ_T − θ_0|/|θ_0| and of the empirical NTK ‖Θ_T − Θ_0‖_F/‖Θ_0‖_F should shrink like width^(−1/2) (about 8× from width 32 to 2048).")
    void weightsAndKernelMoveLessInWiderNetworks() {
        assertThat(narrow.relativeWeightChange() / wide.relativeWeightChange()).as("weight change 32 / 2048 (%s, %s)",
                narrow.relativeWeightChange(), wide.relativeWeightChange()).isGreaterThan(SHRINK);
        assertThat(narrow.relativeKernelChange() / wide.relativeKernelChange()).as("kernel change 32 / 2048 (%s, %s)",
                narrow.relativeKernelChange(), wide.relativeKernelChange()).isGreaterThan(SHRINK);
        assertThat(wide.relativeWeightChange()).isPositive();
    }

    @Test
    @Graded(points = 3, task = "lazy-training",
            hint = "A wide trained network's test outputs should match the kernel prediction of GradientFlow at t = steps (the number of gradient steps; the learning rate is in the exponent −η·t·Θ/N) (analytic NTK, f₀ = the network's outputs at initialization), better than a narrow network's.")
    void wideNetworkFollowsTheKernelPrediction() {
        assertThat(wide.predictionGap()).as("gap at width 2048").isLessThan(WIDE_GAP);
        assertThat(wide.predictionGap()).as("gap at width 2048 against width 32").isLessThan(narrow.predictionGap());
    }

    @Test
    @Graded(points = 2, task = "lazy-training",
            hint = "relativeWeightChange is |θ_T − θ_0|/|θ_0| over all parameters of the network after `steps` gradient steps, and kernelTest is GradientFlow's test prediction at t = steps (the number of gradient steps; the learning rate is in the exponent −η·t·Θ/N) from the analytic NTK.")
    void reportsTheDefinedQuantities() {
        FullyConnectedNetwork initial = FullyConnectedNetwork.initialize(RELU, 3, 32, new SplittableRandom(7));
        FullyConnectedNetwork network = initial;
        for (int step = 0; step < STEPS; step++) {
            network = network.gradientStep(xTrain, yTrain, LEARNING_RATE);
        }
        Kernels train = AnalyticKernels.compute(RELU, xTrain);
        Kernels testTrain = AnalyticKernels.compute(RELU, xTest, xTrain);
        INDArray kernelTest = new GradientFlow(train.ntk(), testTrain.ntk(), yTrain, initial.outputs(xTrain),
                initial.outputs(xTest), LEARNING_RATE).predict(STEPS).test();

        assertThat(narrow.relativeWeightChange()).isCloseTo(network.parameterDistance(initial) / initial.parameterNorm(),
                org.assertj.core.api.Assertions.within(1e-12));
        Matrices.assertClose("networkTest", narrow.networkTest(), network.outputs(xTest), 1e-12, 1e-10);
        Matrices.assertClose("kernelTest", narrow.kernelTest(), kernelTest, 1e-12, 1e-10);
        Matrices.assertClose("relative kernel change", Nd4j.createFromArray(narrow.relativeKernelChange()),
                Nd4j.createFromArray(Fits.relativeFrobeniusError(EmpiricalNtk.kernel(network, xTrain),
                        EmpiricalNtk.kernel(initial, xTrain))), 1e-12, 1e-10);
    }
}
