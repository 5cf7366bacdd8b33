package org.dlcourse.backprop;

import java.util.SplittableRandom;
import org.dlcourse.kit.tensor.InPlace;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Mini-batch stochastic gradient descent for the two-layer network: θ ← θ − η·∇L_B(θ) for every mini-batch B.
 *
 * <p>Every epoch draws a new random order of the training set ({@link #shuffledOrder}), cuts it into consecutive
 * batches of {@code batchSize} examples (the last one keeps the remainder, so every example is used exactly once
 * per epoch), and takes one step per batch (Robbins and Monro 1951; Bottou, "Stochastic Gradient Descent Tricks",
 * 2012; lecture 04, §6).
 */
public final class MiniBatchSgd {

    // BEGIN SOLUTION
    private static final WorkspaceConfiguration BATCH_WORKSPACE = WorkspaceConfiguration.builder()
            .policyAllocation(AllocationPolicy.STRICT).policyLearning(LearningPolicy.FIRST_LOOP)
            .policyReset(ResetPolicy.BLOCK_LEFT).build();
    // END SOLUTION

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
        // BEGIN SOLUTION: subtract learningRate times each gradient from its parameter, in place, without modifying the gradient.
        InPlace.addScaled(-learningRate, gradient.w1(), parameters.w1());
        InPlace.addScaled(-learningRate, gradient.b1(), parameters.b1());
        InPlace.addScaled(-learningRate, gradient.w2(), parameters.w2());
        InPlace.addScaled(-learningRate, gradient.b2(), parameters.b2());
        // END SOLUTION
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
        // BEGIN SOLUTION: each epoch, take shuffledOrder(N, random), step on consecutive batches of that order (keep the last partial batch), and record the size-weighted mean batch loss.
        int n = labels.length;
        double[] epochLosses = new double[settings.epochs()];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            int[] order = shuffledOrder(n, random);
            double weightedLoss = 0.0;
            for (int start = 0; start < n; start += settings.batchSize()) {
                int size = Math.min(settings.batchSize(), n - start);
                int[] rows = new int[size];
                int[] batchLabels = new int[size];
                for (int i = 0; i < size; i++) {
                    rows[i] = order[start + i];
                    batchLabels[i] = labels[rows[i]];
                }
                // The batch's arrays live in a workspace whose memory is reused by the next batch: allocating fresh
                // off-heap arrays every step costs more than the arithmetic (lecture 04, §9). Only the parameters,
                // created outside it, are updated in place.
                MemoryWorkspace workspace = Nd4j.getWorkspaceManager().getAndActivateWorkspace(BATCH_WORKSPACE,
                        "MiniBatchSgd.train");
                try {
                    INDArray batch = Nd4j.pullRows(input, 1, rows);
                    LossAndGradient result = TwoLayerNetwork.lossAndGradient(parameters, batch, batchLabels,
                            settings.l2());
                    step(parameters, result.gradient(), settings.learningRate());
                    weightedLoss += result.loss() * size;
                } finally {
                    workspace.close();
                }
            }
            epochLosses[epoch] = weightedLoss / n;
        }
        return epochLosses;
        // END SOLUTION
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
