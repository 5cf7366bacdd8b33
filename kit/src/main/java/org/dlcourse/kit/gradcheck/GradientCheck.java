package org.dlcourse.kit.gradcheck;

import java.util.Arrays;
import java.util.Objects;
import org.dlcourse.kit.assertions.Tensors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Judges an analytic gradient against a numeric one by their relative error.
 *
 * <p>Source: Karpathy et al., CS231n notes "Neural Networks Part 3: Learning and Evaluation", section
 * "Gradient checks": compare by relative rather than absolute error, guard the denominator against zero,
 * and in double precision expect ≤ 1e-7 for a correct gradient, while > 1e-2 usually means a bug. The exact
 * formula is the {@code rel_error} helper of the CS231n assignments.
 */
public final class GradientCheck {

    /**
     * Relative error at or below which an analytic gradient is accepted in double precision (CS231n:
     * "1e-7 and less you should be happy"), with a central difference at h ≈ 1e-5 as the numeric reference.
     */
    public static final double ACCEPTABLE_IN_DOUBLE = 1e-7;

    /** Floor of the denominator so that two (near-)zero gradients compare as equal instead of dividing by zero. */
    private static final double DENOMINATOR_FLOOR = 1e-8;

    private GradientCheck() {
    }

    /**
     * The largest element-wise relative error between two gradients:
     * maxᵢ |aᵢ − nᵢ| / max(1e-8, |aᵢ| + |nᵢ|).
     *
     * <p>Symmetric in its arguments, 0 for identical gradients and at most 1 for finite ones (a sign flip
     * gives exactly 1). NaN in either gradient makes the result NaN, so a NaN can never pass a
     * {@code ≤ threshold} check. Compared in double whatever the arrays' data type; 0 for empty arrays.
     *
     * @throws IllegalArgumentException if the shapes differ
     */
    public static double relativeError(INDArray analytic, INDArray numeric) {
        Objects.requireNonNull(analytic, "analytic");
        Objects.requireNonNull(numeric, "numeric");
        if (!Arrays.equals(analytic.shape(), numeric.shape())) {
            throw new IllegalArgumentException("the analytic gradient has shape " + Arrays.toString(analytic.shape())
                    + " but the numeric one has shape " + Arrays.toString(numeric.shape()));
        }
        double[] a = Tensors.toDoubleArray(analytic);
        double[] n = Tensors.toDoubleArray(numeric);
        double worst = 0.0;
        for (int i = 0; i < a.length; i++) {
            double error = Math.abs(a[i] - n[i]) / Math.max(DENOMINATOR_FLOOR, Math.abs(a[i]) + Math.abs(n[i]));
            if (Double.isNaN(error)) {
                return Double.NaN;
            }
            worst = Math.max(worst, error);
        }
        return worst;
    }
}
