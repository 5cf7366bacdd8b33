package org.dlcourse.invariantntk;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Symmetry against augmentation, exactly (lecture 11, §3): for a base kernel invariant under the simultaneous action,
 * kernel ridge regression with K on the full-orbit augmented set and ridge λ gives the same predictor as kernel ridge
 * regression with K_G on the original set and a ridge that the lecture derives from λ: the augmented problem's
 * minimizer is an invariant function (its objective is invariant and strictly convex); what is the augmented loss of
 * an invariant function, against the original loss?
 */
public final class InvariantRegression {

    private InvariantRegression() {
    }

    /**
     * Kernel ridge regression with K_G = {@link InvariantKernel#of} on the original set, with the ridge that matches
     * the augmented problem with ridge λ.
     *
     * @param ridge λ of the augmented problem, &gt; 0
     * @return predictions [M]
     */
    public static INDArray withInvariantKernel(Kernel base, Group group, TrainingSet data, INDArray testImages,
            double ridge) {
        requirePositive(ridge);
        throw new UnsupportedOperationException("TODO: KernelRegression with the invariant kernel on the original set, and the ridge that makes it the augmented problem with ridge λ (lecture 11, §3: how often does the augmented loss count each image?)");
    }

    /**
     * Kernel ridge regression with the base kernel on the full-orbit augmentation of {@code data}, ridge λ.
     *
     * @param ridge λ &gt; 0 (an image fixed by an element appears twice in the augmented set, so K is singular)
     * @return predictions [M]
     */
    public static INDArray withAugmentation(Kernel base, Group group, TrainingSet data, INDArray testImages,
            double ridge) {
        requirePositive(ridge);
        throw new UnsupportedOperationException("TODO: KernelRegression with the base kernel on Augmentation.fullOrbits(group, data) and the same ridge λ");
    }

    private static void requirePositive(double ridge) {
        if (!(ridge > 0.0) || !Double.isFinite(ridge)) {
            throw new IllegalArgumentException("the ridge must be positive and finite, got " + ridge);
        }
    }
}
