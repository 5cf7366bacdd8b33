package org.dlcourse.finitewidth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.DoubleRange;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Laws of the arc-cosine kernel on generated inputs, edge cases (zero rows, equal rows) first. */
class ArcCosineKernelProperties {

    /** A handful of multiply-adds, one square root and one atan2 per entry on values ≤ 40: ≲ 1e-14; 1e-12 is wide. */
    static final double ENTRY = 1e-12;

    Gen<INDArray> inputs() {
        return Gens.matrices().rows(1, 5).cols(1, 4).values(Gens.doubles(-3, 3));
    }

    @Property(tries = 80)
    @Graded(points = 4, task = "kernel-limit",
            hint = "The limit kernel is σ_w²·(s + (π − θ)·c)/(2π) with q, q′, c = σ_w²·x·x′/d + σ_b² (the input kernel divides by d, the bias adds σ_b²), s = √max(q·q′ − c², 0) and θ = atan2(s, c).")
    void theKernelMatchesTheArcCosineFormula(@ForAll("inputs") INDArray a, @ForAll("inputs") INDArray b,
            @ForAll @DoubleRange(min = 0, max = 2) double sigmaW, @ForAll @DoubleRange(min = 0, max = 2) double sigmaB) {
        double[][] x1 = a.toDoubleMatrix();
        double[][] x2 = b.toDoubleMatrix();
        if (x1[0].length != x2[0].length) {
            x2 = Oracle.gaussian(x2.length, x2.length, x1[0].length);
        }
        double[][] expected = Oracle.arcCosine(x1, x2, sigmaW, sigmaB);

        double[][] k = ArcCosineKernel.nngp(Counterexample.input("x1", x1), Counterexample.input("x2", x2), sigmaW, sigmaB);

        assertThat(k).as("k(x1, x2)").hasDimensions(x1.length, x2.length);
        for (int i = 0; i < x1.length; i++) {
            for (int j = 0; j < x2.length; j++) {
                assertThat(k[i][j]).as("k(x1_%d, x2_%d)", i, j)
                        .isCloseTo(expected[i][j], within(ENTRY * (1 + Math.abs(expected[i][j]))));
            }
        }
    }

    @Property(tries = 80)
    @Graded(points = 3, task = "kernel-limit",
            hint = "On the diagonal k(x, x) = σ_w²·q/2 exactly and finite, also for a zero row: take θ = atan2(s, c) with s = √max(q·q′ − c², 0), not arccos(c/√(q·q′)), which is NaN when q = 0 or when rounding puts the cosine above 1.")
    void theDiagonalIsHalfTheVarianceAndFinite(@ForAll("inputs") INDArray inputs,
            @ForAll @DoubleRange(min = 0, max = 2) double sigmaW, @ForAll @DoubleRange(min = 0, max = 2) double sigmaB) {
        double[][] x = Counterexample.input("x", inputs.toDoubleMatrix());

        double[][] k = ArcCosineKernel.nngp(x, x, sigmaW, sigmaB);

        int d = x[0].length;
        for (int i = 0; i < x.length; i++) {
            double q = sigmaW * sigmaW * Oracle.dot(x[i], x[i]) / d + sigmaB * sigmaB;
            assertThat(k[i][i]).as("k(x_%d, x_%d)", i, i).isCloseTo(sigmaW * sigmaW * q / 2, within(ENTRY * (1 + q)));
            for (int j = 0; j < x.length; j++) {
                assertThat(k[i][j]).as("k(x_%d, x_%d) against k(x_%d, x_%d)", i, j, j, i)
                        .isCloseTo(k[j][i], within(ENTRY * (1 + Math.abs(k[j][i]))));
            }
        }
    }
}
