package org.dlcourse.backprop;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The rectified linear unit, ReLU(x) = max(0, x) element-wise, and its backward pass.
 *
 * <p>ReLU is not differentiable at 0; like PyTorch, this course takes the derivative there to be 0, so
 * ∂L/∂x = G ⊙ 1[x &gt; 0] with G the upstream gradient: the gradient passes where the input was positive and is
 * zero where it was ≤ 0 (Nair and Hinton, "Rectified Linear Units Improve Restricted Boltzmann Machines", 2010;
 * lecture 04, §3).
 */
public final class Relu {

    private Relu() {
    }

    /**
     * ReLU(x) = max(0, x) element-wise.
     *
     * @param input x, a floating-point matrix; not modified
     * @return a new array of the same shape
     */
    public static INDArray forward(INDArray input) {
        Inputs.requireMatrix(input, "input");
        // BEGIN SOLUTION: return a new array max(0, x), without modifying the input.
        return Transforms.max(input, 0.0, true);
        // END SOLUTION
    }

    /**
     * The backward pass ∂L/∂x = G ⊙ 1[x &gt; 0] (zero where x ≤ 0).
     *
     * @param upstream G = ∂L/∂ReLU(x), the shape of {@code input}; not modified
     * @param input    the x of the forward pass; not modified
     * @return a new array of the same shape
     */
    public static INDArray backward(INDArray upstream, INDArray input) {
        Inputs.requireMatrix(input, "input");
        Inputs.requireShape(upstream, "upstream gradient", input.shape());
        Inputs.requireSameType(upstream, input, "the upstream gradient", "the input");
        // BEGIN SOLUTION: let the upstream gradient through where the input was > 0, and zero it elsewhere (also at 0).
        // step(x) = 1 where x > 0, else 0 (also at 0): ReLU's derivative as one ND4J operation, then the product.
        return Transforms.step(input, true).muli(upstream);
        // END SOLUTION
    }
}
