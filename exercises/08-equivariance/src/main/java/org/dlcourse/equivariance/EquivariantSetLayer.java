package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The permutation-equivariant layer of Deep Sets: every element is mapped by the same affine map, minus a map of
 * the set's mean,
 * <pre>
 *   y_i = Γ·x_i + b − Λ·(1/n) Σ_j x_j,
 * </pre>
 * so that permuting the rows of X permutes the rows of Y the same way (Zaheer et al., "Deep Sets", NeurIPS 2017,
 * Lemma 3 with mean pooling; lecture 08, §4). With the mean, not the sum, the layer depends on the set only through
 * its elements and their empirical distribution: a set with every element repeated gives the same rows.
 *
 * @param gamma  Γ, DOUBLE, shape [out, in]
 * @param lambda Λ, DOUBLE, shape [out, in]
 * @param bias   b, DOUBLE, shape [out]
 */
public record EquivariantSetLayer(INDArray gamma, INDArray lambda, INDArray bias) {

    /** Checks the shapes. */
    public EquivariantSetLayer {
        Inputs.requireRank(gamma, 2, "gamma", "[out, in]");
        Inputs.requireRank(lambda, 2, "lambda", "[out, in]");
        Inputs.requireRank(bias, 1, "bias", "[out]");
        Inputs.requireAxis(lambda, 0, gamma.size(0), "lambda", "rows");
        Inputs.requireAxis(lambda, 1, gamma.size(1), "lambda", "columns");
        Inputs.requireAxis(bias, 0, gamma.size(0), "bias", "entries");
    }

    /**
     * The layer on a set of n elements, one per row.
     *
     * @param set DOUBLE, shape [n, in], n ≥ 1
     * @return a new array of shape [n, out]
     */
    public INDArray apply(INDArray set) {
        Inputs.requireRank(set, 2, "set", "[n, in]");
        Inputs.requireAxis(set, 1, gamma.size(1), "set", "features per element");
        throw new UnsupportedOperationException("TODO: X·Γᵀ + b on every row, minus Λ applied to the mean of the rows");
    }
}
