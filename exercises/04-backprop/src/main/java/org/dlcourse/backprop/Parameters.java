package org.dlcourse.backprop;

import java.util.Objects;
import java.util.SplittableRandom;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The parameters of a two-layer network D → H → C (or their gradients, which have the same shapes). Given to
 * students complete.
 *
 * @param w1 the first layer's weights, shape {@code [H, D]}
 * @param b1 the first layer's bias, length H
 * @param w2 the second layer's weights, shape {@code [C, H]}
 * @param b2 the second layer's bias, length C
 */
public record Parameters(INDArray w1, INDArray b1, INDArray w2, INDArray b2) {

    /** Rejects missing arrays, inconsistent shapes and mixed data types. */
    public Parameters {
        Inputs.requireMatrix(w1, "w1");
        Inputs.requireMatrix(w2, "w2");
        Inputs.requireVector(b1, w1.rows(), "b1");
        if (w2.columns() != w1.rows()) {
            throw new IllegalArgumentException("w2 must have shape [C, H] with H = " + w1.rows() + " (the rows of w1), got "
                    + w2.columns() + " columns");
        }
        Inputs.requireVector(b2, w2.rows(), "b2");
        for (INDArray other : new INDArray[] {b1, w2, b2}) {
            Inputs.requireSameType(other, w1, "every parameter", "w1");
        }
    }

    /**
     * PyTorch's default initialization of {@code nn.Linear}: every weight and bias of a layer with {@code in} inputs
     * drawn uniformly from [−1/√in, 1/√in) (He et al. 2015's uniform variant with a = √5, as in
     * {@code torch.nn.Linear.reset_parameters}), drawn from {@code random} only.
     *
     * @param inputs  D ≥ 1
     * @param hidden  H ≥ 1
     * @param classes C ≥ 1
     * @param type    the floating-point data type of the parameters
     * @param random  the source of randomness
     * @return new parameters
     */
    public static Parameters initialize(int inputs, int hidden, int classes, DataType type, SplittableRandom random) {
        if (inputs < 1 || hidden < 1 || classes < 1) {
            throw new IllegalArgumentException("need at least one input, hidden unit and class, got " + inputs + ", "
                    + hidden + ", " + classes);
        }
        if (!type.isFPType()) {
            throw new IllegalArgumentException("parameters must be floating point, got " + type);
        }
        Objects.requireNonNull(random, "random");
        double bound1 = 1.0 / Math.sqrt(inputs);
        double bound2 = 1.0 / Math.sqrt(hidden);
        return new Parameters(
                RandomTensors.uniform(random, -bound1, bound1, hidden, inputs).castTo(type),
                RandomTensors.uniform(random, -bound1, bound1, hidden).castTo(type),
                RandomTensors.uniform(random, -bound2, bound2, classes, hidden).castTo(type),
                RandomTensors.uniform(random, -bound2, bound2, classes).castTo(type));
    }

    /** D, the number of inputs. */
    public long inputs() {
        return w1.columns();
    }

    /** H, the number of hidden units. */
    public long hidden() {
        return w1.rows();
    }

    /** C, the number of classes. */
    public long classes() {
        return w2.rows();
    }

    /** The data type of every parameter. */
    public DataType dataType() {
        return w1.dataType();
    }

    /** A deep copy: new arrays with the same values. */
    public Parameters copy() {
        return new Parameters(w1.dup(), b1.dup(), w2.dup(), b2.dup());
    }
}
