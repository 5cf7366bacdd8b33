package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Laws of the infinite-width NNGP kernel and NTK on generated architectures and inputs. */
class AnalyticKernelProperties {

    /**
     * Two evaluations of the same entries in another order or of a transformed input: a few ulps per layer, up to
     * ~1e-14 relative after the orthogonal transform; 1e-10 leaves room and still sees any wrong formula.
     */
    private static final double LAW = 1e-10;

    /**
     * Exact closed forms on the diagonal, where θ = atan2(0, c) = 0: the recursion's rounding is ~1e-15; a θ of
     * ~1e-8 from a cosine that rounding put a few ulps below 1 would be seen.
     */
    private static final double DIAGONAL = 1e-12;

    Gen<Cases.KernelCase> kernelCases() {
        return Cases.kernelCases();
    }

    Gen<Cases.KernelCase> reluWithoutBiases() {
        return Cases.reluWithoutBiases();
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "analytic-kernels",
            hint = "K(X, X) must be symmetric and K(X1, X2) must equal K(X2, X1)ᵀ for both Σ and Θ: the recursion treats x and x′ alike (q1 for the rows, q2 for the columns).")
    void isSymmetricAndSwapsToItsTranspose(@ForAll("kernelCases") Cases.KernelCase sample) {
        Kernels onOneSet = AnalyticKernels.compute(sample.architecture(), sample.x1());
        Kernels forward = AnalyticKernels.compute(sample.architecture(), sample.x1(), sample.x2());
        Kernels backward = AnalyticKernels.compute(sample.architecture(), sample.x2(), sample.x1());

        Matrices.assertRelativelyClose("Σ(X, X)ᵀ", onOneSet.nngp().transpose(), onOneSet.nngp(), LAW);
        Matrices.assertRelativelyClose("Θ(X, X)ᵀ", onOneSet.ntk().transpose(), onOneSet.ntk(), LAW);
        Matrices.assertRelativelyClose("Σ(X2, X1)ᵀ", backward.nngp().transpose(), forward.nngp(), LAW);
        Matrices.assertRelativelyClose("Θ(X2, X1)ᵀ", backward.ntk().transpose(), forward.ntk(), LAW);
        Matrices.assertRelativelyClose("Θ(X, X) against Θ(X1, X2) with X2 = X1", AnalyticKernels.compute(
                sample.architecture(), sample.x1(), sample.x1().dup()).ntk(), onOneSet.ntk(), LAW);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "analytic-kernels",
            hint = "Σ and Θ on one input set are covariance and Gram matrices: positive semi-definite (λ_min ≥ −1e-10·trace). A wrong expectation formula or a Θ update without Σ̇ can break this.")
    void isPositiveSemiDefinite(@ForAll("kernelCases") Cases.KernelCase sample) {
        INDArray x = Counterexample.input("x", Nd4j.vstack(sample.x1(), sample.x2()));
        Kernels kernels = AnalyticKernels.compute(Counterexample.input("architecture", sample.architecture()), x);

        for (INDArray k : new INDArray[] {kernels.nngp(), kernels.ntk()}) {
            double trace = Nd4j.diag(k).sumNumber().doubleValue();
            assertThat(Matrices.minEigenvalue(k)).as("λ_min with trace %s", trace).isGreaterThanOrEqualTo(-1e-10 * trace);
        }
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "analytic-kernels",
            hint = "For ReLU without biases the kernels are positively homogeneous: Σ(c·x, x′) = c·Σ(x, x′) and Θ(c·x, x′) = c·Θ(x, x′) for c > 0, since q scales by c², c by c and θ is unchanged.")
    void reluWithoutBiasesIsHomogeneous(@ForAll("reluWithoutBiases") Cases.KernelCase sample) {
        double c = Math.exp(new SplittableRandom(sample.x1().rows() * 31L + sample.x2().rows()).nextDouble(-2.0, 2.0));

        Kernels plain = AnalyticKernels.compute(Counterexample.input("architecture", sample.architecture()),
                Counterexample.input("x1", sample.x1()), Counterexample.input("x2", sample.x2()));
        Kernels scaled = AnalyticKernels.compute(sample.architecture(),
                Counterexample.input("scaledX1", sample.x1().mul(c)), sample.x2());

        Matrices.assertRelativelyClose("Σ(c·x, x′)/c", scaled.nngp().div(c), plain.nngp(), LAW);
        Matrices.assertRelativelyClose("Θ(c·x, x′)/c", scaled.ntk().div(c), plain.ntk(), LAW);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "analytic-kernels",
            hint = "The kernels depend on the inputs only through the dot products x·x′: rotating or reflecting all inputs (x ↦ Q·x, Q orthogonal) must not change Σ or Θ.")
    void isInvariantUnderOrthogonalTransforms(@ForAll("kernelCases") Cases.KernelCase sample) {
        INDArray q = Matrices.randomOrthogonal(new SplittableRandom(sample.x1().length() * 7919L + sample.x2().length()),
                sample.x1().columns());

        Kernels plain = AnalyticKernels.compute(Counterexample.input("architecture", sample.architecture()),
                Counterexample.input("x1", sample.x1()), Counterexample.input("x2", sample.x2()));
        Kernels rotated = AnalyticKernels.compute(sample.architecture(),
                Counterexample.input("rotatedX1", sample.x1().mmul(q)),
                Counterexample.input("rotatedX2", sample.x2().mmul(q)));

        // absolute slack for entries that cancel to ~0 (c near 0 for an erf network without biases)
        double scale = plain.ntk().amaxNumber().doubleValue() + plain.nngp().amaxNumber().doubleValue();
        Matrices.assertClose("Σ(Qx, Qx′)", rotated.nngp(), plain.nngp(), LAW * scale, LAW);
        Matrices.assertClose("Θ(Qx, Qx′)", rotated.ntk(), plain.ntk(), LAW * scale, LAW);
    }

    @Property(tries = 25)
    @Graded(points = 4, task = "analytic-kernels",
            hint = "For ReLU with σ_w = √2, σ_b = 0 the diagonals are exact: NNGP 2|x|²/d and NTK 2(L+1)|x|²/d. Check the 1/d of the input kernel, the 1/(2π) (not 1/π) of the ReLU expectations, the factor Σ̇ = (π − θ)/(2π) on Θ, and Θ ← Σ_new + σ_w²·Θ with the NEW Σ.")
    void reluDiagonalHasItsClosedForm(@ForAll("kernelCases") Cases.KernelCase sample) {
        Architecture architecture = new Architecture(sample.architecture().depth(), Math.sqrt(2.0), 0.0, Activation.RELU);
        INDArray x = sample.x1();
        int d = x.columns();

        Kernels kernels = AnalyticKernels.compute(architecture, x);

        INDArray squaredNorms = x.mul(x).sum(1);
        Matrices.assertRelativelyClose("NNGP diagonal", Nd4j.diag(kernels.nngp()).reshape(x.rows()),
                squaredNorms.mul(2.0 / d), DIAGONAL);
        Matrices.assertRelativelyClose("NTK diagonal", Nd4j.diag(kernels.ntk()).reshape(x.rows()),
                squaredNorms.mul(2.0 * (architecture.depth() + 1) / d), DIAGONAL);
    }

    @Property(tries = 25)
    @Graded(points = 2, task = "analytic-kernels",
            hint = "The diagonal Σ(x, x), Θ(x, x) must follow the one-variable recursion q ← σ_w²·q + σ_b², Θ ← q + σ_w²·Θ, then E[φ(u)²] and E[φ′(u)²] at c = q (ReLU: q/2 and 1/2; erf: (2/π)·arcsin(2q/(1 + 2q)) and (4/π)/√(1 + 4q)).")
    void diagonalFollowsTheScalarRecursion(@ForAll("kernelCases") Cases.KernelCase sample) {
        Architecture architecture = sample.architecture();
        Kernels kernels = AnalyticKernels.compute(architecture, sample.x1());

        for (int i = 0; i < sample.x1().rows(); i++) {
            double[] expected = DiagonalOracle.nngpAndNtk(architecture, sample.x1().getRow(i).toDoubleVector());
            double nngp = kernels.nngp().getDouble(i, i);
            double ntk = kernels.ntk().getDouble(i, i);
            assertThat(Math.abs(nngp - expected[0])).as("Σ(x_%d, x_%d) = %s, expected %s", i, i, nngp, expected[0])
                    .isLessThanOrEqualTo(DIAGONAL * expected[0]);
            assertThat(Math.abs(ntk - expected[1])).as("Θ(x_%d, x_%d) = %s, expected %s", i, i, ntk, expected[1])
                    .isLessThanOrEqualTo(DIAGONAL * expected[1]);
        }
    }

    /**
     * Parallel inputs x′ = a·x: the cosine c/√(q·q′) is 1 up to rounding, so θ is ill-conditioned (one ulp in c
     * moves θ by ~1e-8 in any formula); 1e-6 allows that, a NaN or a wrong branch fails.
     */
    private static final double PARALLEL = 1e-6;

    @Property(tries = 30)
    @Graded(points = 3, task = "analytic-kernels",
            hint = "For parallel inputs (x′ = a·x) the cosine c/√(q·q′) is 1 up to rounding: compute θ = atan2(√max(q·q′ − c², 0), c), not arccos(c/√(q·q′)), which is NaN when rounding puts the cosine above 1.")
    void parallelInputsAreWellDefined(@ForAll("reluWithoutBiases") Cases.KernelCase sample) {
        SplittableRandom random = new SplittableRandom(sample.x1().length() * 104729L + sample.x2().length());
        INDArray x = sample.x1();
        INDArray scales = Matrices.gaussian(random, x.rows(), 1);
        for (int i = 0; i < x.rows(); i++) {
            scales.putScalar(i, 0, Math.exp(random.nextDouble(-1.5, 1.5)));
        }
        INDArray parallel = Counterexample.input("parallel", x.mulColumnVector(scales));

        Kernels pairs = AnalyticKernels.compute(Counterexample.input("architecture", sample.architecture()),
                Counterexample.input("x", x), parallel);
        Kernels own = AnalyticKernels.compute(sample.architecture(), x);

        for (int i = 0; i < x.rows(); i++) {
            double a = scales.getDouble(i, 0);
            double nngp = pairs.nngp().getDouble(i, i);
            double ntk = pairs.ntk().getDouble(i, i);
            double expectedNngp = a * own.nngp().getDouble(i, i);
            double expectedNtk = a * own.ntk().getDouble(i, i);
            assertThat(Math.abs(nngp - expectedNngp)).as("Σ(x_%d, %s·x_%d) = %s, expected %s", i, a, i, nngp, expectedNngp)
                    .isLessThanOrEqualTo(PARALLEL * expectedNngp);
            assertThat(Math.abs(ntk - expectedNtk)).as("Θ(x_%d, %s·x_%d) = %s, expected %s", i, a, i, ntk, expectedNtk)
                    .isLessThanOrEqualTo(PARALLEL * expectedNtk);
        }
    }
}
