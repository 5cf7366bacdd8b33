package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Random rotations: SO(3) samples are rotations and Haar-distributed; SO(2) angles lie in [0, 2π). */
class RotationGenProperties {

    /** Shoemake's formula is exact up to rounding: a few ulps of 1 per entry of R·Rᵀ and of the determinant. */
    private static final double ROUNDING = 1e-12;
    private static final int HAAR_SAMPLES = 4000;

    Gen<INDArray> rotations() {
        return Gens.so3Rotations();
    }

    @Property(tries = 500)
    void rotationsAreOrthogonalWithDeterminantOne(@ForAll("rotations") INDArray r) {
        assertEquals(DataType.DOUBLE, r.dataType());
        assertThat(r.shape()).containsExactly(3, 3);
        INDArray gram = r.mmul(r.transpose());
        assertThat(maxAbs(gram.sub(Nd4j.eye(3).castTo(DataType.DOUBLE)))).isLessThan(ROUNDING);
        assertThat(Math.abs(determinant(r) - 1)).isLessThan(ROUNDING);
    }

    @Property(tries = 200)
    void anglesLieInOneTurn(@ForAll("angles") double angle) {
        assertThat(angle).isGreaterThanOrEqualTo(0).isLessThan(2 * Math.PI);
        Gens.so2Angles().shrink(angle).forEach(smaller -> assertThat(smaller).isGreaterThanOrEqualTo(0).isLessThan(angle));
    }

    Gen<Double> angles() {
        return Gens.so2Angles();
    }

    @Test
    void angleEdgeCasesAreTheQuarterTurns() {
        assertEquals(List.of(0.0, Math.PI / 2, Math.PI, 3 * Math.PI / 2), Gens.so2Angles().edgeCases());
    }

    /**
     * Under the Haar measure on SO(3), tr R is the character of the irreducible defining representation, so the
     * orthogonality of characters gives E[tr R] = 0, E[(tr R)²] = 1 and E[(tr R)⁴] = 3, i.e. variances 1 and 2. A rotation by an angle drawn uniformly in
     * [0, π] about a uniform axis, the classic mistake, has E[tr R] = 1. Bounds are five standard errors.
     */
    @Test
    void rotationsAreHaarDistributed() {
        Gen<INDArray> rotations = Gens.so3Rotations();
        SplittableRandom random = new SplittableRandom(11);
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < HAAR_SAMPLES; i++) {
            INDArray r = rotations.sample(random);
            double trace = r.getDouble(0, 0) + r.getDouble(1, 1) + r.getDouble(2, 2);
            sum += trace;
            sumOfSquares += trace * trace;
        }
        double standardError = 1 / Math.sqrt(HAAR_SAMPLES);
        assertThat(Math.abs(sum / HAAR_SAMPLES)).isLessThan(5 * standardError);
        assertThat(Math.abs(sumOfSquares / HAAR_SAMPLES - 1)).isLessThan(5 * Math.sqrt(2) * standardError);
    }

    @Test
    void theFirstEdgeCaseIsTheIdentityAndEveryRotationShrinksToIt() {
        INDArray identity = Nd4j.eye(3).castTo(DataType.DOUBLE);
        INDArray r = Gens.so3Rotations().sample(new SplittableRandom(5));

        assertEquals(identity, Gens.so3Rotations().edgeCases().get(0));
        assertEquals(List.of(identity), Gens.so3Rotations().shrink(r).toList());
        assertThat(Gens.so3Rotations().shrink(identity)).isEmpty();
    }

    private static double maxAbs(INDArray x) {
        return x.amaxNumber().doubleValue();
    }

    private static double determinant(INDArray r) {
        double[][] m = r.toDoubleMatrix();
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
