package org.dlcourse.equivariance;

import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How far a map is from commuting with a group element g, relative to the size of its output:
 * <pre>
 *   err(f, g, x) = ‖f(ρ_in(g)·x) − ρ_out(g)·f(x)‖_F / ‖ρ_out(g)·f(x)‖_F,
 * </pre>
 * 0 for an equivariant map (and 0 when both sides are 0). An invariant map is the case ρ_out(g) = identity.
 * The relative Frobenius error is the measure of e.g. Weiler and Cesa, "General E(2)-Equivariant Steerable CNNs",
 * NeurIPS 2019, §3.2 (lecture 08, §5).
 */
public final class EquivarianceError {

    private EquivarianceError() {
    }

    /**
     * The relative equivariance error of {@code map} at {@code input} for one group element, given by its actions.
     *
     * @param map          f
     * @param inputAction  x ↦ ρ_in(g)·x
     * @param outputAction y ↦ ρ_out(g)·y
     * @param input        x
     * @return err(f, g, x) ≥ 0
     */
    public static double relative(UnaryOperator<INDArray> map, UnaryOperator<INDArray> inputAction,
            UnaryOperator<INDArray> outputAction, INDArray input) {
        if (map == null || inputAction == null || outputAction == null || input == null) {
            throw new IllegalArgumentException("the map, the two actions and the input must not be null");
        }
        throw new UnsupportedOperationException("TODO: compare f(g·x) with g·f(x) in the Frobenius norm and divide by ‖g·f(x)‖ (0 if both vanish)");
    }
}
