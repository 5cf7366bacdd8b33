package org.dlcourse.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A classifier: a {@link Backbone} that computes features and a linear head that maps them to one logit per
 * class. Given complete.
 *
 * <p>{@link #lossAndGradients} runs forward and backward in the modes the layers are in and writes the gradient of
 * every parameter, trainable or not; which parameters change, and which batch norms update their running
 * statistics, is up to the optimizer and the training loop.
 */
public final class Network {

    private final Backbone backbone;
    private final Affine head;

    /** The network backbone → head; the head's inputs must be the backbone's feature width. Uses both as they are. */
    public Network(Backbone backbone, Affine head) {
        if (backbone == null || head == null) {
            throw new IllegalArgumentException("a network needs a backbone and a head");
        }
        if (head.inputs() != backbone.architecture().features()) {
            throw new IllegalArgumentException("the head takes " + head.inputs() + " features but the backbone gives "
                    + backbone.architecture().features());
        }
        this.backbone = backbone;
        this.head = head;
    }

    /** A new head for {@code classes} classes on the features of {@code backbone}, named {@code head}, from {@code seed}. */
    public static Affine newHead(Backbone backbone, int classes, long seed) {
        return new Affine("head", backbone.architecture().features(), classes, new SplittableRandom(seed));
    }

    /** The backbone, the object itself. */
    public Backbone backbone() {
        return backbone;
    }

    /** The head, the object itself. */
    public Affine head() {
        return head;
    }

    /** The number of classes. */
    public int classes() {
        return head.outputs();
    }

    /** The backbone's parameters, then the head's. */
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>(backbone.parameters());
        parameters.addAll(head.parameters());
        return parameters;
    }

    /** The logits of inputs x, shape [N, classes], in the layers' current modes. */
    public INDArray forward(INDArray x) {
        return head.forward(backbone.forward(x));
    }

    /** The mean cross-entropy on (x, labels) in the current modes; writes every parameter's gradient. */
    public double lossAndGradients(INDArray x, int[] labels) {
        INDArray logits = forward(x);
        double loss = SoftmaxCrossEntropy.loss(logits, labels);
        backbone.backward(head.backward(SoftmaxCrossEntropy.gradient(logits, labels)));
        return loss;
    }

    /** The fraction of rows of x whose largest logit is their label, in eval mode; the modes are restored after. */
    public double accuracy(INDArray x, int[] labels) {
        Checks.requireLabels(labels, x.rows(), classes());
        List<Boolean> modes = backbone.batchNorms().stream().map(BatchNorm::isTraining).toList();
        backbone.setTraining(false);
        int[] predicted = SoftmaxCrossEntropy.predictions(forward(x));
        for (int i = 0; i < modes.size(); i++) {
            backbone.batchNorms().get(i).setTraining(modes.get(i));
        }
        int correct = 0;
        for (int n = 0; n < labels.length; n++) {
            if (predicted[n] == labels[n]) {
                correct++;
            }
        }
        return (double) correct / labels.length;
    }

    /** A deep copy of backbone and head. */
    public Network copy() {
        return new Network(backbone.copy(), head.copy());
    }
}
