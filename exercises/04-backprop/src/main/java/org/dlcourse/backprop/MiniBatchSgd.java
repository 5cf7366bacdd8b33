package org.dlcourse.backprop;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mini-batch stochastic gradient descent for the two-layer network: θ ← θ − η·∇L_B(θ) for every mini-batch B.
 *
 * <p>Every epoch draws a new random order of the training set ({@link #shuffledOrder}), cuts it into consecutive
 * batches of {@code batchSize} examples (the last one keeps the remainder, so every example is used exactly once
 * per epoch), and takes one step per batch (Robbins and Monro 1951; Bottou, "Stochastic Gradient Descent Tricks",
 * 2012; lecture 04, §6).
 */
public final class MiniBatchSgd {

    private MiniBatchSgd() {
    }

    /**
     * One gradient-descent step in place: θ ← θ − η·g for each of W1, b1, W2, b2.
     *
     * @param parameters   θ, updated in place
     * @param gradient     g, the same shapes; not modified
     * @param learningRate η &gt; 0
     */
    public static void step(Parameters parameters, Parameters gradient, double learningRate) {
        requireCompatible(parameters, gradient);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be finite and positive, got " + learningRate);
        }
        throw new UnsupportedOperationException("TODO: subtract learningRate times each gradient from its parameter, in place, without modifying the gradient.");
    }

    /**
     * Trains the network in place by mini-batch SGD.
     *
     * @param parameters the network, updated in place
     * @param input      the training inputs X, shape {@code [N, D]}; not modified
     * @param labels     N class indices
     * @param settings   learning rate, batch size, epochs and L2 strength
     * @param random     the source of the shuffles: one {@link #shuffledOrder} per epoch, nothing else
     * @return the training loss of every epoch: the mean of the batch losses (each computed before its step),
     *         weighted by the batch sizes
     */
    public static double[] train(Parameters parameters, INDArray input, int[] labels, SgdSettings settings,
            SplittableRandom random) {
        if (parameters == null || settings == null || random == null) {
            throw new IllegalArgumentException("parameters, settings and random must not be null");
        }
        Inputs.requireMatrix(input, "input");
        Inputs.requireLabels(labels, input.rows(), parameters.classes());
        throw new UnsupportedOperationException("TODO: each epoch, take shuffledOrder(N, random), step on consecutive batches of that order (keep the last partial batch), and record the size-weighted mean batch loss.");
    }

    /**
     * A uniformly random permutation of 0 … n−1 by the Fisher–Yates shuffle (Knuth, TAOCP vol. 2, Algorithm P):
     * for i from n−1 down to 1, swap position i with position {@code random.nextInt(i + 1)}. Given complete.
     *
     * @param n      the number of examples, ≥ 0
     * @param random the source of randomness
     * @return a new array holding each of 0 … n−1 once
     */
    public static int[] shuffledOrder(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static void requireCompatible(Parameters parameters, Parameters gradient) {
        if (parameters == null || gradient == null) {
            throw new IllegalArgumentException("parameters and gradient must not be null");
        }
        if (parameters.inputs() != gradient.inputs() || parameters.hidden() != gradient.hidden()
                || parameters.classes() != gradient.classes() || parameters.dataType() != gradient.dataType()) {
            throw new IllegalArgumentException("the gradient must have the shapes and data type of the parameters");
        }
    }
}
