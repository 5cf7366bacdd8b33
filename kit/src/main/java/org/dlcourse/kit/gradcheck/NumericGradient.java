package org.dlcourse.kit.gradcheck;

import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gradients of a scalar function of a tensor by finite differences, one element at a time.
 *
 * <p>Each partial derivative ∂f/∂xᵢ is estimated by evaluating f with only xᵢ displaced by multiples of a step
 * h. Two error sources compete: truncation, which shrinks with h (O(h²) or O(h⁴) depending on the stencil),
 * and roundoff, about ε·|f|/h with ε ≈ 1.1e-16 in double, which grows as h shrinks (Press et al.,
 * <i>Numerical Recipes</i>, 3rd ed., §5.7). In double h ≈ 1e-5 balances them for the central difference,
 * h ≈ 1e-3 for the fourth-order stencil.
 *
 * <p>The function is evaluated on a private copy of x that is displaced in place and restored after each
 * element; the caller's x is never modified. The function must not modify its argument either and must
 * depend on the values only (not on the identity of the array it is given).
 * Only DOUBLE arrays are accepted: in FLOAT the roundoff term ε·|f|/h is about 1e-2 at h = 1e-5, larger than
 * the errors a gradient check has to detect.
 */
public final class NumericGradient {

    /** (f(x+h) − f(x−h)) / 2h: offsets in units of h, and weights over the common denominator. */
    private static final Stencil CENTRAL = new Stencil(new int[] {1, -1}, new double[] {1, -1}, 2);

    /** (−f(x+2h) + 8f(x+h) − 8f(x−h) + f(x−2h)) / 12h. */
    private static final Stencil FIVE_POINT = new Stencil(new int[] {2, 1, -1, -2}, new double[] {-1, 8, -8, 1}, 12);

    private NumericGradient() {
    }

    /**
     * The gradient of f at x by central differences: ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h.
     *
     * <p>Truncation error h²/6·f‴ + O(h⁴) (exact for quadratics); roundoff ≈ ε·|f|/h. This is the estimate
     * of CS231n's gradient-check notes. Costs 2 evaluations of f per element.
     *
     * @param f the scalar function
     * @param x the point, a DOUBLE array of any shape; not modified
     * @param h the step, finite and positive
     * @return a new DOUBLE array of x's shape holding the estimated gradient
     */
    public static INDArray centralDifference(ToDoubleFunction<INDArray> f, INDArray x, double h) {
        return estimate(CENTRAL, f, x, h);
    }

    /**
     * The gradient of f at x by the five-point stencil:
     * ∂f/∂xᵢ ≈ (−f(x + 2h·eᵢ) + 8f(x + h·eᵢ) − 8f(x − h·eᵢ) + f(x − 2h·eᵢ)) / 12h.
     *
     * <p>Truncation error −h⁴/30·f⁽⁵⁾ + O(h⁶) (exact for polynomials up to degree 4); roundoff ≈ 1.5·ε·|f|/h
     * (Numerical Recipes §5.7; Abramowitz and Stegun 25.3.6). Costs 4 evaluations of f per element.
     *
     * @param f the scalar function
     * @param x the point, a DOUBLE array of any shape; not modified
     * @param h the step, finite and positive
     * @return a new DOUBLE array of x's shape holding the estimated gradient
     */
    public static INDArray fourthOrder(ToDoubleFunction<INDArray> f, INDArray x, double h) {
        return estimate(FIVE_POINT, f, x, h);
    }

    private static INDArray estimate(Stencil stencil, ToDoubleFunction<INDArray> f, INDArray x, double h) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(x, "x");
        if (x.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("numeric gradients need a DOUBLE array, but x is " + x.dataType()
                    + "; convert it with x.castTo(DataType.DOUBLE)");
        }
        if (!(h > 0.0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("the step h must be finite and positive, but was " + h);
        }
        INDArray point = x.dup('c');
        INDArray gradient = Nd4j.zeros(DataType.DOUBLE, x.shape());
        for (long i = 0; i < point.length(); i++) {
            double original = point.getDouble(i);
            double weightedSum = 0.0;
            for (int k = 0; k < stencil.offsets().length; k++) {
                point.putScalar(i, original + stencil.offsets()[k] * h);
                weightedSum += stencil.weights()[k] * f.applyAsDouble(point);
            }
            point.putScalar(i, original);
            gradient.putScalar(i, weightedSum / (stencil.denominator() * h));
        }
        return gradient;
    }

    /** A finite-difference formula f′ ≈ Σₖ weightₖ·f(x + offsetₖ·h) / (denominator·h). */
    private record Stencil(int[] offsets, double[] weights, double denominator) {
    }
}
