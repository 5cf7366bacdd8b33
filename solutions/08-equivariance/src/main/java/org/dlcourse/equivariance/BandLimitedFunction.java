package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A band-limited function on the sphere, f(p) = Σ_{l ≤ L} Σ_m c_l^m Y_l^m(p), in the basis of
 * {@link SphericalHarmonics} (advanced part; lecture 08, §8). Coefficients are stored degree by degree,
 * c_0^0, c_1^{−1}, c_1^0, c_1^1, c_2^{−2}, …, (L + 1)² in all.
 *
 * <p>A rotation acts by (R·f)(p) = f(Rᵀp). It maps each degree-l block of coefficients by an orthogonal matrix
 * (the Wigner matrix D^l(R)), so the <em>power spectrum</em> P_l = Σ_m (c_l^m)² is invariant under rotations.
 *
 * @param bandLimit    L, 0..4
 * @param coefficients (L + 1)² coefficients, degree by degree
 */
public record BandLimitedFunction(int bandLimit, double[] coefficients) {

    /** Checks the band limit and the number of coefficients. */
    public BandLimitedFunction {
        if (bandLimit < 0 || bandLimit > SphericalHarmonics.MAX_DEGREE) {
            throw new IllegalArgumentException("the band limit must be in 0.." + SphericalHarmonics.MAX_DEGREE + ", was " + bandLimit);
        }
        if (coefficients == null || coefficients.length != (bandLimit + 1) * (bandLimit + 1)) {
            throw new IllegalArgumentException("need (L + 1)² = " + (bandLimit + 1) * (bandLimit + 1) + " coefficients");
        }
        coefficients = coefficients.clone();
    }

    /** The coefficients, a copy. */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** f(p) = Σ_l Σ_m c_l^m Y_l^m(p) at the direction of p. */
    public double value(double x, double y, double z) {
        // BEGIN SOLUTION: sum the coefficients times the harmonics of every degree up to L
        double sum = 0;
        for (int l = 0; l <= bandLimit; l++) {
            double[] harmonics = SphericalHarmonics.values(l, x, y, z);
            for (int m = 0; m < harmonics.length; m++) {
                sum += coefficients[l * l + m] * harmonics[m];
            }
        }
        return sum;
        // END SOLUTION
    }

    /**
     * The rotated function R·f, (R·f)(p) = f(Rᵀp), as coefficients: c'_l^m = (1/4π)∫ f(Rᵀp) Y_l^m(p) dΩ, computed
     * with the {@link SphereQuadrature} exact to degree 2L (the integrand is band-limited to 2L).
     *
     * @param rotation a 3 × 3 DOUBLE rotation matrix R
     */
    public BandLimitedFunction rotate(INDArray rotation) {
        Inputs.requireRank(rotation, 2, "rotation", "[3, 3]");
        Inputs.requireAxis(rotation, 0, 3, "rotation", "rows");
        Inputs.requireAxis(rotation, 1, 3, "rotation", "columns");
        double[] r = Inputs.values(rotation);
        // BEGIN SOLUTION: project p ↦ f(Rᵀp) onto every Y_l^m with the quadrature exact to degree 2L
        SphereQuadrature quadrature = SphereQuadrature.exactToDegree(2 * bandLimit);
        double[] rotated = new double[coefficients.length];
        for (int k = 0; k < quadrature.weights().length; k++) {
            double[] p = quadrature.points()[k];
            double value = value(r[0] * p[0] + r[3] * p[1] + r[6] * p[2], r[1] * p[0] + r[4] * p[1] + r[7] * p[2],
                    r[2] * p[0] + r[5] * p[1] + r[8] * p[2]);
            for (int l = 0; l <= bandLimit; l++) {
                double[] harmonics = SphericalHarmonics.values(l, p[0], p[1], p[2]);
                for (int m = 0; m < harmonics.length; m++) {
                    rotated[l * l + m] += quadrature.weights()[k] * value * harmonics[m];
                }
            }
        }
        return new BandLimitedFunction(bandLimit, rotated);
        // END SOLUTION
    }

    /** The power spectrum P_l = Σ_m (c_l^m)², l = 0..L, invariant under rotations. */
    public double[] powerSpectrum() {
        // BEGIN SOLUTION: sum the squared coefficients of each degree
        double[] power = new double[bandLimit + 1];
        for (int l = 0; l <= bandLimit; l++) {
            for (int m = 0; m < 2 * l + 1; m++) {
                power[l] += coefficients[l * l + m] * coefficients[l * l + m];
            }
        }
        return power;
        // END SOLUTION
    }
}
