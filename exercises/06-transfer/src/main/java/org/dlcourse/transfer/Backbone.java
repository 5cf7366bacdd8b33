package org.dlcourse.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The feature extractor of a {@link Network}: hidden layers affine → (batch norm) → ReLU. Given complete.
 *
 * <p>Parameters are named as PyTorch would name them in an {@code nn.Sequential}-like module:
 * {@code backbone.L.weight}, {@code backbone.L.bias}, and for batch norm {@code backbone.L.bn.weight} (γ) and
 * {@code backbone.L.bn.bias} (β). Training and eval mode matter only for batch norm.
 */
public final class Backbone {

    private final Architecture architecture;
    private final List<Affine> affines;
    private final List<BatchNorm> batchNorms;
    private final List<Relu> relus;

    /** A backbone of {@code architecture} with PyTorch's default initialisation drawn from {@code seed}; training mode. */
    public Backbone(Architecture architecture, long seed) {
        this.architecture = architecture;
        this.affines = new ArrayList<>();
        this.batchNorms = new ArrayList<>();
        this.relus = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        int width = architecture.inputs();
        int[] hidden = architecture.hidden();
        for (int layer = 0; layer < hidden.length; layer++) {
            affines.add(new Affine("backbone." + layer, width, hidden[layer], random));
            if (architecture.batchNorm()) {
                batchNorms.add(new BatchNorm("backbone." + layer + ".bn", hidden[layer]));
            }
            relus.add(new Relu());
            width = hidden[layer];
        }
    }

    private Backbone(Architecture architecture, List<Affine> affines, List<BatchNorm> batchNorms) {
        this.architecture = architecture;
        this.affines = affines;
        this.batchNorms = batchNorms;
        this.relus = new ArrayList<>();
        for (int layer = 0; layer < affines.size(); layer++) {
            relus.add(new Relu());
        }
    }

    /** The architecture. */
    public Architecture architecture() {
        return architecture;
    }

    /** Every parameter, layer by layer: weight, bias, then γ and β if the layer has batch norm. */
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        for (int layer = 0; layer < affines.size(); layer++) {
            parameters.addAll(affines.get(layer).parameters());
            if (architecture.batchNorm()) {
                parameters.addAll(batchNorms.get(layer).parameters());
            }
        }
        return parameters;
    }

    /** The batch-norm layers, empty without batch norm. */
    public List<BatchNorm> batchNorms() {
        return List.copyOf(batchNorms);
    }

    /** Sets every batch norm to training (true) or eval mode (false), as {@code module.train(mode)}. */
    public void setTraining(boolean training) {
        for (BatchNorm batchNorm : batchNorms) {
            batchNorm.setTraining(training);
        }
    }

    /** True when no parameter is trainable: the backbone is frozen. */
    public boolean isFrozen() {
        return parameters().stream().noneMatch(Parameter::isTrainable);
    }

    /** The features of inputs x of shape [N, inputs], in the current mode. */
    public INDArray forward(INDArray x) {
        Checks.requireMatrix("the input", x, architecture.inputs());
        INDArray h = x;
        for (int layer = 0; layer < affines.size(); layer++) {
            h = affines.get(layer).forward(h);
            if (architecture.batchNorm()) {
                h = batchNorms.get(layer).forward(h);
            }
            h = relus.get(layer).forward(h);
        }
        return h;
    }

    /** Writes every parameter's gradient and returns ∂L/∂x, for G = ∂L/∂features of the last forward pass. */
    public INDArray backward(INDArray upstream) {
        INDArray g = upstream;
        for (int layer = affines.size() - 1; layer >= 0; layer--) {
            g = relus.get(layer).backward(g);
            if (architecture.batchNorm()) {
                g = batchNorms.get(layer).backward(g);
            }
            g = affines.get(layer).backward(g);
        }
        return g;
    }

    /** A deep copy: parameters (values and trainability), running statistics and modes. */
    public Backbone copy() {
        return new Backbone(architecture, affines.stream().map(Affine::copy).toList(),
                batchNorms.stream().map(BatchNorm::copy).toList());
    }
}
