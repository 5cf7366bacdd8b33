package org.dlcourse.ntk;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Lazy training (Chizat, Oyallon and Bach 2019; Lee et al. 2019): a wide network trained by gradient descent on the
 * MSE loss barely moves its parameters, relatively ~ n^(−1/2), its NTK barely changes, and its outputs follow the
 * kernel predictions of {@link GradientFlow} at the same time t = steps (one gradient step of size η is one unit of time, as in neural-tangents).
 */
public final class LazyTraining {

    private LazyTraining() {
    }

    /**
     * What training changed.
     *
     * @param width                 the width n
     * @param relativeWeightChange  |θ_T − θ_0|/|θ_0| over all parameters together (Euclidean norms)
     * @param relativeKernelChange  ‖Θ_T − Θ_0‖_F/‖Θ_0‖_F of the empirical NTK on the training inputs
     * @param networkTest           the trained network's outputs on the test inputs [M]
     * @param kernelTest            the kernel prediction on the test inputs at t = steps (one gradient step of size η is one unit of time, as in neural-tangents) [M]: analytic NTK,
     *                              f₀ the network's outputs at initialization
     */
    public record Result(int width, double relativeWeightChange, double relativeKernelChange, INDArray networkTest,
            INDArray kernelTest) {

        /** |networkTest − kernelTest|/|kernelTest|. */
        public double predictionGap() {
            return networkTest.distance2(kernelTest) / kernelTest.norm2Number().doubleValue();
        }
    }

    /**
     * Trains {@code FullyConnectedNetwork.initialize(architecture, d, width, new SplittableRandom(seed))} for
     * {@code steps} full-batch gradient steps of size η on (xTrain, yTrain) and compares it with its start and with
     * the kernel prediction.
     */
    public static Result train(Architecture architecture, INDArray xTrain, INDArray yTrain, INDArray xTest, int width,
            long seed, double learningRate, int steps) {
        Inputs.requireInputs(xTrain, "xTrain");
        Inputs.requireInputs(xTest, "xTest");
        Inputs.requireSameDimension(xTrain, xTest);
        Inputs.requireVector(yTrain, xTrain.rows(), "yTrain");
        if (steps < 0) {
            throw new IllegalArgumentException("the number of steps must be non-negative, but was " + steps);
        }
        // BEGIN SOLUTION: initialize, keep θ_0, f₀ and Θ_0; take the gradient steps; measure the relative changes of the parameters and of the empirical NTK; predict with GradientFlow on the analytic NTK at t = steps (one gradient step of size η is one unit of time, as in neural-tangents).
        FullyConnectedNetwork initial = FullyConnectedNetwork.initialize(architecture, xTrain.columns(), width,
                new SplittableRandom(seed));
        FullyConnectedNetwork network = initial;
        for (int step = 0; step < steps; step++) {
            network = network.gradientStep(xTrain, yTrain, learningRate);
        }
        INDArray ntkBefore = EmpiricalNtk.kernel(initial, xTrain);
        INDArray ntkAfter = EmpiricalNtk.kernel(network, xTrain);
        Kernels train = AnalyticKernels.compute(architecture, xTrain);
        Kernels testTrain = AnalyticKernels.compute(architecture, xTest, xTrain);
        GradientFlow flow = new GradientFlow(train.ntk(), testTrain.ntk(), yTrain, initial.outputs(xTrain),
                initial.outputs(xTest), learningRate);
        INDArray kernelTest = flow.predict(steps).test();
        return new Result(width, network.parameterDistance(initial) / initial.parameterNorm(),
                Fits.relativeFrobeniusError(ntkAfter, ntkBefore), network.outputs(xTest), kernelTest);
        // END SOLUTION
    }
}
