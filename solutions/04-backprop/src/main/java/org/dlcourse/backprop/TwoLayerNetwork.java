package org.dlcourse.backprop;

import org.dlcourse.kit.tensor.InPlace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A one-hidden-layer ReLU network for classification, its L2-regularized loss and the gradient of that loss with
 * respect to every parameter, by backpropagation.
 *
 * <p>Forward: A = X·W1ᵀ + b1, H = ReLU(A), Z = H·W2ᵀ + b2 (the scores, or logits). Loss, with the L2 convention of
 * this course (biases are not regularized):
 * <pre>
 *   L = −(1/N) Σ_n log softmax(z_n)[y_n] + (λ/2)·(‖W1‖² + ‖W2‖²)      (‖·‖ the Frobenius norm)
 * </pre>
 * so the penalty adds λ·W to each weight gradient and nothing to the bias gradients. Backward, from
 * G_Z = (softmax(Z) − Y)/N: the second layer's affine backward gives ∂L/∂W2, ∂L/∂b2 and G_H; ReLU's backward gives
 * G_A = G_H ⊙ 1[A &gt; 0]; the first layer's affine backward gives ∂L/∂W1 and ∂L/∂b1 (Rumelhart, Hinton and Williams,
 * "Learning representations by back-propagating errors", 1986; lecture 04, §4).
 */
public final class TwoLayerNetwork {

    private TwoLayerNetwork() {
    }

    /**
     * The scores Z = ReLU(X·W1ᵀ + b1)·W2ᵀ + b2.
     *
     * @param parameters the network; not modified
     * @param input      X, shape {@code [N, D]}, of the parameters' data type; not modified
     * @return a new {@code [N, C]} array of scores (logits)
     */
    public static INDArray scores(Parameters parameters, INDArray input) {
        requireInput(parameters, input);
        // BEGIN SOLUTION: chain your affine layer, ReLU and the second affine layer.
        INDArray hidden = Relu.forward(Affine.forward(input, parameters.w1(), parameters.b1()));
        return Affine.forward(hidden, parameters.w2(), parameters.b2());
        // END SOLUTION
    }

    /**
     * The loss L = mean softmax cross-entropy of the scores + (λ/2)·(‖W1‖² + ‖W2‖²).
     *
     * @param parameters the network; not modified
     * @param input      X, shape {@code [N, D]}; not modified
     * @param labels     N class indices in {@code [0, C)}
     * @param l2         λ ≥ 0, the strength of the L2 penalty on the weights (0 for none)
     * @return the loss
     */
    public static double loss(Parameters parameters, INDArray input, int[] labels, double l2) {
        requireBatch(parameters, input, labels, l2);
        // BEGIN SOLUTION: add (λ/2)·(‖W1‖² + ‖W2‖²) to the cross-entropy of the scores (use SoftmaxCrossEntropy).
        return SoftmaxCrossEntropy.loss(scores(parameters, input), labels) + penalty(parameters, l2);
        // END SOLUTION
    }

    /**
     * The loss and its gradient with respect to W1, b1, W2 and b2, by one forward and one backward pass.
     *
     * @param parameters the network; not modified
     * @param input      X, shape {@code [N, D]}; not modified
     * @param labels     N class indices in {@code [0, C)}
     * @param l2         λ ≥ 0, the strength of the L2 penalty on the weights (0 for none)
     * @return the loss (equal to {@link #loss}) and new gradient arrays with the shapes of the parameters
     */
    public static LossAndGradient lossAndGradient(Parameters parameters, INDArray input, int[] labels, double l2) {
        requireBatch(parameters, input, labels, l2);
        // BEGIN SOLUTION: run the forward pass keeping A and H, then backpropagate with Affine.backward and Relu.backward; add λ·W to each weight gradient.
        INDArray preActivation = Affine.forward(input, parameters.w1(), parameters.b1());
        INDArray hidden = Relu.forward(preActivation);
        INDArray scores = Affine.forward(hidden, parameters.w2(), parameters.b2());
        double loss = SoftmaxCrossEntropy.loss(scores, labels) + penalty(parameters, l2);

        AffineGradient second = Affine.backward(SoftmaxCrossEntropy.gradient(scores, labels), hidden, parameters.w2());
        INDArray upstream = Relu.backward(second.input(), preActivation);
        // The first layer's ∂L/∂X is not needed (X is data), so only ∂L/∂W1 = G_Aᵀ·X and ∂L/∂b1 are computed:
        // Affine.backward would spend a third of the first layer's arithmetic on it (lecture 04, §9).
        INDArray w1 = Nd4j.gemm(upstream, input, true, false);
        INDArray b1 = upstream.sum(0);
        INDArray w2 = second.weights();
        if (l2 > 0) {
            InPlace.addScaled(l2, parameters.w1(), w1);
            InPlace.addScaled(l2, parameters.w2(), w2);
        }
        return new LossAndGradient(loss, new Parameters(w1, b1, w2, second.bias()));
        // END SOLUTION
    }

    /**
     * The predicted class of every row: the index of its largest score.
     *
     * @param parameters the network; not modified
     * @param input      X, shape {@code [N, D]}; not modified
     * @return N class indices
     */
    public static int[] predict(Parameters parameters, INDArray input) {
        return scores(parameters, input).argMax(1).toIntVector();
    }

    /**
     * The fraction of rows whose predicted class is the label.
     *
     * @param parameters the network; not modified
     * @param input      X, shape {@code [N, D]}; not modified
     * @param labels     N class indices
     * @return the accuracy in [0, 1]
     */
    public static double accuracy(Parameters parameters, INDArray input, int[] labels) {
        requireBatch(parameters, input, labels, 0.0);
        int[] predicted = predict(parameters, input);
        int correct = 0;
        for (int n = 0; n < labels.length; n++) {
            if (predicted[n] == labels[n]) {
                correct++;
            }
        }
        return (double) correct / labels.length;
    }

    // BEGIN SOLUTION
    private static double penalty(Parameters parameters, double l2) {
        if (l2 == 0) {
            return 0.0;
        }
        double w1 = parameters.w1().norm2Number().doubleValue();
        double w2 = parameters.w2().norm2Number().doubleValue();
        return 0.5 * l2 * (w1 * w1 + w2 * w2);
    }
    // END SOLUTION

    private static void requireInput(Parameters parameters, INDArray input) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters must not be null");
        }
        Inputs.requireMatrix(input, "input");
        if (input.columns() != parameters.inputs()) {
            throw new IllegalArgumentException("input must have " + parameters.inputs() + " columns (the network's D), got "
                    + input.columns());
        }
        Inputs.requireSameType(input, parameters.w1(), "input", "the parameters");
    }

    private static void requireBatch(Parameters parameters, INDArray input, int[] labels, double l2) {
        requireInput(parameters, input);
        Inputs.requireLabels(labels, input.rows(), parameters.classes());
        Inputs.requireNonNegative(l2, "the L2 strength");
    }
}
