package org.dlcourse.transfer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trainable tensor of a layer with its gradient, like a {@code torch.nn.Parameter}. Given complete.
 *
 * <p>The backward pass of the network writes ∂L/∂θ into {@link #gradient()} for every parameter, trainable or not;
 * {@link #isTrainable()} plays the role of PyTorch's {@code requires_grad}: an optimizer must leave a parameter that
 * is not trainable exactly as it is (PyTorch skips a parameter whose {@code grad} is {@code None}).
 */
public final class Parameter {

    private final String name;
    private final INDArray value;
    private final INDArray gradient;
    private boolean trainable = true;

    /** A trainable parameter named {@code name} holding {@code value} (DOUBLE, used as is), with a zero gradient. */
    public Parameter(String name, INDArray value) {
        if (name == null || value == null) {
            throw new IllegalArgumentException("a parameter needs a name and a value");
        }
        if (value.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("parameter " + name + " must be DOUBLE, got " + value.dataType());
        }
        this.name = name;
        this.value = value;
        this.gradient = Nd4j.zeros(DataType.DOUBLE, value.shape());
    }

    /** The name, e.g. {@code backbone.0.weight}. */
    public String name() {
        return name;
    }

    /** The values θ, the array itself: optimizers update it in place. */
    public INDArray value() {
        return value;
    }

    /** ∂L/∂θ of the last backward pass, the array itself, same shape as {@link #value()}. */
    public INDArray gradient() {
        return gradient;
    }

    /** Whether an optimizer may change this parameter (PyTorch's {@code requires_grad}); true when created. */
    public boolean isTrainable() {
        return trainable;
    }

    /** Makes this parameter trainable or frozen. */
    public void setTrainable(boolean trainable) {
        this.trainable = trainable;
    }

    /** A deep copy: same name, copied values, zero gradient, same trainability. */
    public Parameter copy() {
        Parameter copy = new Parameter(name, value.dup());
        copy.trainable = trainable;
        return copy;
    }

    @Override
    public String toString() {
        return "Parameter[" + name + ", " + java.util.Arrays.toString(value.shape()) + (trainable ? "" : ", frozen")
                + "]";
    }
}
