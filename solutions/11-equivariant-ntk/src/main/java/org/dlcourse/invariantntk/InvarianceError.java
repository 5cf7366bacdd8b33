package org.dlcourse.invariantntk;

import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How far a predictor is from invariant on a test set (lecture 11, §4):
 * <pre>
 *   e(f) = max_{g ∈ G, i} |f(g·x_i) − f(x_i)| / max_i |f(x_i)|,
 * </pre>
 * 0 for an invariant predictor, and 0 (not NaN) for a predictor that is 0 on the whole orbit.
 */
public final class InvarianceError {

    private InvarianceError() {
    }

    /**
     * The relative invariance error of {@code predictor} over the orbits of {@code testImages}.
     *
     * @param predictor maps images [M, s, s] to predictions [M]
     * @return e(f) ≥ 0; +∞ if f vanishes on the test images but not on all their transforms
     */
    public static double of(UnaryOperator<INDArray> predictor, Group group, INDArray testImages) {
        Inputs.requireImages(testImages, "testImages");
        // BEGIN SOLUTION: predict on the images and on each transformed batch g·x; the largest |f(g·x_i) − f(x_i)| divided by max_i |f(x_i)|, where a vanishing predictor (numerator and denominator 0) gives 0
        double[] reference = Inputs.values(predictor.apply(testImages));
        double scale = 0.0;
        for (double value : reference) {
            scale = Math.max(scale, Math.abs(value));
        }
        double largest = 0.0;
        for (Symmetry g : group.elements()) {
            double[] moved = Inputs.values(predictor.apply(g.act(testImages)));
            for (int i = 0; i < reference.length; i++) {
                largest = Math.max(largest, Math.abs(moved[i] - reference[i]));
            }
        }
        if (largest == 0.0) {
            return 0.0;
        }
        return scale == 0.0 ? Double.POSITIVE_INFINITY : largest / scale;
        // END SOLUTION
    }
}
