package org.dlcourse.equivariance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.reference.ReferenceValues;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The advanced part, graded separately (tasks {@code spherical-harmonics} and {@code sphere-rotations}): e3nn's
 * real spherical harmonics, an exact quadrature on the sphere, and rotations of band-limited functions.
 */
class SphericalHarmonicsProperties {

    /**
     * Values of order 1 (|Y_l^m| ≤ √(2l + 1) ≤ 3) from a few dozen operations: measured on the reference solution
     * within 2e-15 of e3nn's float64 values and 1e-15 from orthonormality; 1e-12 leaves a wide margin.
     */
    private static final double SPHERE = 1e-12;

    Gen<double[]> directions() {
        return random -> {
            double[] p;
            do {
                p = new double[] {random.nextDouble(-1, 1), random.nextDouble(-1, 1), random.nextDouble(-1, 1)};
            } while (p[0] * p[0] + p[1] * p[1] + p[2] * p[2] < 1e-2);
            return p;
        };
    }

    Gen<Integer> degrees() {
        return Gens.ints(0, SphericalHarmonics.MAX_DEGREE);
    }

    Gen<INDArray> rotations() {
        return Gens.so3Rotations();
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    private static BandLimitedFunction randomFunction(SplittableRandom random) {
        int bandLimit = random.nextInt(0, SphericalHarmonics.MAX_DEGREE + 1);
        double[] coefficients = new double[(bandLimit + 1) * (bandLimit + 1)];
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] = random.nextDouble(-1, 1);
        }
        return new BandLimitedFunction(bandLimit, coefficients);
    }

    @Test
    @Graded(points = 3, task = "spherical-harmonics",
            hint = "Compare with e3nn (l ≤ 2, 'component' normalization): Y_1 = √3·(x, y, z) and Y_2 = √5·(√3 xz, √3 xy, y² − (x² + z²)/2, √3 yz, √3(z² − x²)/2) — y is the polar axis and the input is normalized first.")
    void agreesWithE3nnUpToDegreeTwo() {
        ReferenceValues e3nn = ReferenceValues.load(SphericalHarmonicsProperties.class, "e3nn-spherical-harmonics.json");
        INDArray points = e3nn.matrix("/points");
        for (int l = 0; l <= 2; l++) {
            INDArray expected = e3nn.matrix("/component/" + l);
            for (int i = 0; i < points.rows(); i++) {
                double scale = 1 + i;
                double[] values = SphericalHarmonics.values(l, scale * points.getDouble(i, 0), scale * points.getDouble(i, 1),
                        scale * points.getDouble(i, 2));
                assertThat(values).as("Y_%d at point %d (%s)", l, i, e3nn.provenance())
                        .containsExactly(expected.getRow(i).toDoubleVector(), within(SPHERE));
            }
        }
    }

    @Property(tries = 60)
    @Graded(points = 1, task = "spherical-harmonics",
            hint = "'component' normalization: Σ_m Y_l^m(p)² = 2l + 1 at every direction p, and 2l + 1 values per degree.")
    void componentNormalizationSumsToTwoLPlusOne(@ForAll("directions") double[] p, @ForAll("degrees") int l) {
        double[] values = SphericalHarmonics.values(l, p[0], p[1], p[2]);

        assertThat(values).hasSize(2 * l + 1);
        assertThat(java.util.Arrays.stream(values).map(v -> v * v).sum()).isCloseTo(2 * l + 1, within(SPHERE));
    }

    @Property(tries = 60)
    @Graded(points = 2, task = "spherical-harmonics",
            hint = "Addition theorem: Σ_m Y_l^m(p)·Y_l^m(q) = (2l + 1)·P_l(p·q) for unit p, q (P_l the Legendre polynomial) — it holds for any orthonormal real basis of degree l; check the associated Legendre recurrence and the √((l − m)!/(l + m)!) factors.")
    void satisfyTheAdditionTheorem(@ForAll("directions") double[] p, @ForAll("directions") double[] q,
            @ForAll("degrees") int l) {
        double[] yp = SphericalHarmonics.values(l, p[0], p[1], p[2]);
        double[] yq = SphericalHarmonics.values(l, q[0], q[1], q[2]);
        double cos = (p[0] * q[0] + p[1] * q[1] + p[2] * q[2])
                / Math.sqrt((p[0] * p[0] + p[1] * p[1] + p[2] * p[2]) * (q[0] * q[0] + q[1] * q[1] + q[2] * q[2]));
        double dot = 0;
        for (int m = 0; m < yp.length; m++) {
            dot += yp[m] * yq[m];
        }

        assertThat(dot).isCloseTo((2 * l + 1) * legendre(l, cos), within(SPHERE));
    }

    private static double legendre(int l, double t) {
        double previous = 1;
        double current = t;
        if (l == 0) {
            return 1;
        }
        for (int k = 1; k < l; k++) {
            double next = ((2 * k + 1) * t * current - k * previous) / (k + 1);
            previous = current;
            current = next;
        }
        return current;
    }

    @Test
    @Graded(points = 2, task = "spherical-harmonics",
            hint = "SphereQuadrature.exactToDegree(2L) must integrate every monomial xᵃyᵇzᶜ with a + b + c ≤ 2L exactly: (1/4π)∫ = (a − 1)!!(b − 1)!!(c − 1)!!/(a + b + c + 1)!! for even a, b, c, else 0; weights sum to 1 (Gauss–Legendre in y = cos θ with L + 1 nodes, 2L + 2 angles φ).")
    void quadratureIsExactForMonomials() {
        for (int degree = 0; degree <= 8; degree++) {
            SphereQuadrature quadrature = SphereQuadrature.exactToDegree(degree);
            for (int a = 0; a <= degree; a++) {
                for (int b = 0; a + b <= degree; b++) {
                    int c = degree - a - b;
                    double sum = 0;
                    for (int k = 0; k < quadrature.weights().length; k++) {
                        double[] p = quadrature.points()[k];
                        sum += quadrature.weights()[k] * Math.pow(p[0], a) * Math.pow(p[1], b) * Math.pow(p[2], c);
                    }
                    assertThat(sum).as("(1/4π)∫ x^%d y^%d z^%d with the quadrature of degree %d", a, b, c, degree)
                            .isCloseTo(monomialMean(a, b, c), within(SPHERE));
                }
            }
        }
    }

    private static double monomialMean(int a, int b, int c) {
        if (a % 2 != 0 || b % 2 != 0 || c % 2 != 0) {
            return 0;
        }
        return doubleFactorial(a - 1) * doubleFactorial(b - 1) * doubleFactorial(c - 1) / doubleFactorial(a + b + c + 1);
    }

    private static double doubleFactorial(int n) {
        double product = 1;
        for (int k = n; k > 1; k -= 2) {
            product *= k;
        }
        return product;
    }

    @Test
    @Graded(points = 2, task = "spherical-harmonics",
            hint = "Orthonormality: (1/4π)∫ Y_l^m Y_l'^m' dΩ = δ_ll'·δ_mm' for all l, l' ≤ 4 ('component' normalization), checked with your exact quadrature of degree 8.")
    void areOrthonormalByQuadrature() {
        SphereQuadrature quadrature = SphereQuadrature.exactToDegree(2 * SphericalHarmonics.MAX_DEGREE);
        int size = (SphericalHarmonics.MAX_DEGREE + 1) * (SphericalHarmonics.MAX_DEGREE + 1);
        double[][] gram = new double[size][size];
        for (int k = 0; k < quadrature.weights().length; k++) {
            double[] p = quadrature.points()[k];
            double[] all = new double[size];
            for (int l = 0; l <= SphericalHarmonics.MAX_DEGREE; l++) {
                System.arraycopy(SphericalHarmonics.values(l, p[0], p[1], p[2]), 0, all, l * l, 2 * l + 1);
            }
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    gram[i][j] += quadrature.weights()[k] * all[i] * all[j];
                }
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                assertThat(gram[i][j]).as("Gram entry (%d, %d)", i, j).isCloseTo(i == j ? 1 : 0, within(SPHERE));
            }
        }
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "sphere-rotations",
            hint = "rotate(R) must return the coefficients of p ↦ f(Rᵀp): project that function onto every Y_l^m with the quadrature exact to degree 2L.")
    void rotatedFunctionIsTheFunctionOfTheRotatedPoint(@ForAll("rotations") INDArray rotation, @ForAll("seeds") long seed,
            @ForAll("directions") double[] p) {
        BandLimitedFunction f = Counterexample.input("f", randomFunction(new SplittableRandom(seed)));
        double[] r = rotation.dup('c').data().asDouble();

        BandLimitedFunction rotated = f.rotate(Counterexample.input("rotation", rotation));
        Counterexample.input("p", p);

        double expected = f.value(r[0] * p[0] + r[3] * p[1] + r[6] * p[2], r[1] * p[0] + r[4] * p[1] + r[7] * p[2],
                r[2] * p[0] + r[5] * p[1] + r[8] * p[2]);
        assertThat(rotated.bandLimit()).isEqualTo(f.bandLimit());
        assertThat(rotated.value(p[0], p[1], p[2])).isCloseTo(expected, within(1e-11));
    }

    @Property(tries = 60)
    @Graded(points = 3, task = "sphere-rotations",
            hint = "The power spectrum P_l = Σ_m (c_l^m)² must not change under rotations (each degree block is rotated by an orthogonal matrix): one entry per degree 0..L.")
    void powerSpectrumIsInvariantUnderHaarRandomRotations(@ForAll("rotations") INDArray rotation, @ForAll("seeds") long seed) {
        BandLimitedFunction f = Counterexample.input("f", randomFunction(new SplittableRandom(seed)));
        Counterexample.input("rotation", rotation);

        double[] power = f.powerSpectrum();

        assertThat(power).hasSize(f.bandLimit() + 1);
        double[] coefficients = f.coefficients();
        for (int l = 0; l <= f.bandLimit(); l++) {
            double sum = 0;
            for (int m = 0; m < 2 * l + 1; m++) {
                sum += coefficients[l * l + m] * coefficients[l * l + m];
            }
            assertThat(power[l]).as("P_%d", l).isCloseTo(sum, within(SPHERE));
        }
        assertThat(f.rotate(rotation).powerSpectrum()).containsExactly(power, within(1e-11));
    }
}
