package org.dlcourse.regularization;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Inverted dropout with PyTorch's convention ({@code torch.nn.Dropout(p)}): p is the probability of DROPPING a unit
 * (Srivastava, Hinton, Krizhevsky, Sutskever, Salakhutdinov, "Dropout", JMLR 15, 2014; the inverted scaling as in
 * PyTorch).
 *
 * <p>Training: y = m ⊙ x with m_i = 0 with probability p and m_i = 1/(1 − p) otherwise, so E[y] = x; evaluation:
 * y = x. The backward pass multiplies the upstream gradient by the same mask m (the identity in evaluation).
 *
 * <p>The mask is drawn from the generator given to the constructor, in a fixed way so that a seed reproduces it:
 * for each element in row-major order, draw u = {@code random.nextDouble()}; the element is dropped when u &lt; p
 * and kept otherwise. With p = 1 every element is dropped (the output is zero, as in PyTorch).
 */
public final class Dropout {

    private final double p;
    private final SplittableRandom random;
    /** The scaled mask of the last forward pass (0 or 1/(1 − p) per element); null in evaluation mode. */
    private INDArray mask;
    private boolean forwardDone;

    /**
     * Dropout with drop probability {@code p}.
     *
     * @param p      the probability of dropping each unit, in [0, 1]
     * @param random the source of the masks, advanced by every training forward pass
     */
    public Dropout(double p, SplittableRandom random) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + p);
        }
        this.p = p;
        this.random = Checks.requireNonNull("random", random);
    }

    /** The drop probability p. */
    public double p() {
        return p;
    }

    /**
     * The forward pass: in {@link Mode#TRAIN} draws a new mask (class comment) and returns m ⊙ x; in
     * {@link Mode#EVAL} returns a copy of x and draws nothing. Never modifies x.
     *
     * @param x    a DOUBLE matrix
     * @param mode training or evaluation
     * @return a new array of x's shape
     */
    public INDArray forward(INDArray x, Mode mode) {
        Checks.requireMatrix("x", x);
        Checks.requireNonNull("mode", mode);
        forwardDone = true;
        throw new UnsupportedOperationException("TODO: EVAL: mask = null, return x.dup(). TRAIN: per element in row-major order u = random.nextDouble(), mask 0 if u < p else 1/(1 − p) (all 0 when p = 1); keep the mask and return mask ⊙ x.");
    }

    /**
     * The backward pass of the last {@link #forward}: upstream ⊙ m after a training pass, a copy of upstream after
     * an evaluation pass.
     *
     * @param upstream ∂L/∂y, the shape of the last input
     * @return ∂L/∂x, a new array
     * @throws IllegalStateException before any forward pass
     */
    public INDArray backward(INDArray upstream) {
        if (!forwardDone) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        Checks.requireMatrix("upstream", upstream);
        throw new UnsupportedOperationException("TODO: multiply by the mask of the last training forward pass (the same mask, not a new one); copy after an evaluation pass.");
    }

    /**
     * The scaled mask of the last training forward pass (each element 0 or 1/(1 − p)), a copy; null if the last
     * pass was an evaluation pass or there was none.
     */
    public INDArray lastMask() {
        throw new UnsupportedOperationException("TODO: return a copy of the mask kept by the last forward pass, or null.");
    }
}
