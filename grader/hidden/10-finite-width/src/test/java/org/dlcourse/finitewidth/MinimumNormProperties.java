package org.dlcourse.finitewidth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.DoubleRange;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.IntRange;
import org.dlcourse.kit.property.LongRange;
import org.dlcourse.kit.property.Property;
import org.junit.jupiter.api.Test;

/**
 * Laws of minimum-norm least squares and ridge on generated Gaussian systems (at most 7 × 8, small enough to be
 * well conditioned except by rare chance; the seeds are fixed), and on the degenerate ones: p = n exactly, duplicate rows, zero rows, rank-deficient designs, tiny
 * and huge scales.
 */
class MinimumNormProperties {

    /**
     * A backward-stable solve leaves a residual ‖A·w − y‖ ≲ k·ε·(‖A‖·‖w‖ + ‖y‖) with k ≤ 8 columns of rotations:
     * ~1e-14 relative; 1e-9 leaves five orders of margin and still catches a wrong solution (error ~1).
     */
    static final double BACKWARD = 1e-9;

    /** Agreement with a Gaussian-elimination oracle: errors ~cond²·ε through the Gram matrix, ≲ 1e-10 for cond ≲ 10³. */
    static final double FORWARD = 1e-8;

    static final String TOLERANCE = "Singular values at or below τ = max(n, p)·ε·σ_max are zero: drop them (σ > τ, strictly) and never divide by them; the tolerance is RELATIVE to σ_max, so an absolute one (1e-10, 1e-12) fails on matrices scaled by 1e-14.";

    @Property(tries = 60)
    @Graded(points = 4, task = "least-squares",
            hint = "For p ≥ n on generic data (p = n included) the minimum-norm solution interpolates: A·w = y. Sum v_i·(u_i·y)/σ_i over the singular values above the tolerance.")
    void aWideGenericSystemIsInterpolated(@ForAll @IntRange(min = 1, max = 6) int n,
            @ForAll @IntRange(min = 0, max = 3) int extra, @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        double[][] a = Counterexample.input("a", Oracle.gaussian(seed, n, n + extra));
        double[] y = Counterexample.input("y", Oracle.gaussianVector(seed + 1, n));

        double[] w = MinimumNorm.solve(a, y);

        assertThat(w).as("w").hasSize(n + extra);
        double residual = Oracle.norm(Oracle.minus(Oracle.multiply(a, w), y));
        assertThat(residual).as("‖A·w − y‖ for w = %s", java.util.Arrays.toString(w))
                .isLessThanOrEqualTo(BACKWARD * (Oracle.frobenius(a) * Oracle.norm(w) + Oracle.norm(y)));
    }

    @Property(tries = 60)
    @Graded(points = 4, task = "least-squares",
            hint = "The minimum-norm solution is orthogonal to the null space of A (it lies in the row space): adding a null-space vector keeps the fit and only increases the norm. Do not add anything along the right singular vectors of dropped singular values.")
    void theSolutionIsOrthogonalToTheNullSpace(@ForAll @IntRange(min = 1, max = 5) int n,
            @ForAll @IntRange(min = 1, max = 4) int extra, @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        double[][] a = Counterexample.input("a", Oracle.gaussian(seed, n, n + extra));
        double[] y = Counterexample.input("y", Oracle.gaussianVector(seed + 1, n));
        double[] z = Oracle.gaussianVector(seed + 2, n + extra);
        double[] nullVector = Oracle.minus(z, Oracle.multiplyTransposed(a, Oracle.solve(Oracle.gram(a), Oracle.multiply(a, z))));

        double[] w = MinimumNorm.solve(a, y);

        assertThat(Math.abs(Oracle.dot(w, nullVector))).as("|w·z| for z in the null space of A, w = %s",
                java.util.Arrays.toString(w)).isLessThanOrEqualTo(FORWARD * Oracle.norm(w) * Oracle.norm(nullVector));
        double[] expected = Oracle.minimumNormWide(a, y);
        for (int j = 0; j < w.length; j++) {
            assertThat(w[j]).as("w_%d against Aᵀ·(A·Aᵀ)⁻¹·y", j).isCloseTo(expected[j], within(FORWARD * (1 + Oracle.norm(expected))));
        }
    }

    @Property(tries = 60)
    @Graded(points = 3, task = "least-squares",
            hint = "For p < n (more equations than unknowns) the solution is the least-squares one: the residual is orthogonal to the columns, Aᵀ·(A·w − y) = 0.")
    void aTallSystemSatisfiesTheNormalEquations(@ForAll @IntRange(min = 1, max = 4) int p,
            @ForAll @IntRange(min = 1, max = 4) int extra, @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        double[][] a = Counterexample.input("a", Oracle.gaussian(seed, p + extra, p));
        double[] y = Counterexample.input("y", Oracle.gaussianVector(seed + 1, p + extra));

        double[] w = MinimumNorm.solve(a, y);

        double[] gradient = Oracle.multiplyTransposed(a, Oracle.minus(Oracle.multiply(a, w), y));
        double scale = Oracle.frobenius(a) * (Oracle.frobenius(a) * Oracle.norm(w) + Oracle.norm(y));
        assertThat(Oracle.norm(gradient)).as("‖Aᵀ·(A·w − y)‖ for w = %s", java.util.Arrays.toString(w))
                .isLessThanOrEqualTo(BACKWARD * scale);
    }

    @Property(tries = 40)
    @Graded(points = 4, task = "least-squares", hint = "Duplicate rows (ties) make A rank deficient: " + TOLERANCE
            + " With a row repeated and two targets, the least-squares fit takes their mean on that row.")
    void duplicateRowsAreFittedByTheirMeanTarget(@ForAll @IntRange(min = 1, max = 4) int n,
            @ForAll @IntRange(min = 1, max = 3) int extra, @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        double[][] distinct = Oracle.gaussian(seed, n, n + extra);
        double[] yDistinct = Oracle.gaussianVector(seed + 1, n);
        double[][] a = new double[n + 1][];
        double[] y = new double[n + 1];
        for (int i = 0; i < n; i++) {
            a[i] = distinct[i].clone();
            y[i] = yDistinct[i];
        }
        a[n] = distinct[0].clone();
        y[n] = yDistinct[0] + 1.0;
        double[] meanTargets = yDistinct.clone();
        meanTargets[0] += 0.5;

        double[] w = MinimumNorm.solve(Counterexample.input("a", a), Counterexample.input("y", y));

        double[] expected = Oracle.minimumNormWide(distinct, meanTargets);
        assertThat(w).as("w").hasSize(n + extra);
        for (int j = 0; j < w.length; j++) {
            assertThat(w[j]).as("w_%d against the minimum-norm fit of the mean targets", j)
                    .isCloseTo(expected[j], within(FORWARD * (1 + Oracle.norm(expected))));
        }
    }

    @Property(tries = 40)
    @Graded(points = 3, task = "least-squares", hint = "A zero row (or a zero matrix) has zero singular values: "
            + TOLERANCE + " A zero matrix gives w = 0; the target of a zero row cannot be fitted and changes nothing.")
    void zeroRowsChangeNothing(@ForAll @IntRange(min = 1, max = 4) int n,
            @ForAll @IntRange(min = 0, max = 3) int extra, @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        double[][] nonZero = Oracle.gaussian(seed, n, n + extra);
        double[] yNonZero = Oracle.gaussianVector(seed + 1, n);
        double[][] a = new double[n + 1][];
        double[] y = new double[n + 1];
        a[0] = new double[n + extra];
        y[0] = 3.0;
        for (int i = 0; i < n; i++) {
            a[i + 1] = nonZero[i].clone();
            y[i + 1] = yNonZero[i];
        }

        double[] w = MinimumNorm.solve(Counterexample.input("a", a), Counterexample.input("y", y));
        double[] zero = MinimumNorm.solve(new double[][] {new double[n + extra]}, new double[] {1.0});

        double[] expected = Oracle.minimumNormWide(nonZero, yNonZero);
        for (int j = 0; j < w.length; j++) {
            assertThat(w[j]).as("w_%d against the fit without the zero row", j)
                    .isCloseTo(expected[j], within(FORWARD * (1 + Oracle.norm(expected))));
            assertThat(zero[j]).as("w_%d for a zero 1 × %d matrix", j, n + extra).isEqualTo(0.0);
        }
    }

    @Property(tries = 40)
    @Graded(points = 4, task = "least-squares", hint = "Rank-deficient designs A = B·C (rank r < min(n, p)): "
            + TOLERANCE + " The result must satisfy the normal equations and lie in the row space of A.")
    void rankDeficientDesignsGiveTheMinimumNormLeastSquaresSolution(@ForAll @IntRange(min = 1, max = 3) int rank,
            @ForAll @IntRange(min = 1, max = 3) int moreRows, @ForAll @IntRange(min = 1, max = 3) int moreColumns,
            @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        double[][] b = Oracle.gaussian(seed, rank + moreRows, rank);
        double[][] c = Oracle.gaussian(seed + 1, rank, rank + moreColumns);
        double[][] a = Counterexample.input("a", Oracle.product(b, c));
        double[] y = Counterexample.input("y", Oracle.gaussianVector(seed + 2, rank + moreRows));

        double[] w = MinimumNorm.solve(a, y);

        double scale = Oracle.frobenius(a) * (Oracle.frobenius(a) * Oracle.norm(w) + Oracle.norm(y));
        double[] gradient = Oracle.multiplyTransposed(a, Oracle.minus(Oracle.multiply(a, w), y));
        assertThat(Oracle.norm(gradient)).as("‖Aᵀ·(A·w − y)‖ for w = %s", java.util.Arrays.toString(w))
                .isLessThanOrEqualTo(BACKWARD * scale);
        double[] inRowSpace = Oracle.multiplyTransposed(c, Oracle.solve(Oracle.gram(c), Oracle.multiply(c, w)));
        assertThat(Oracle.norm(Oracle.minus(w, inRowSpace))).as("the part of w outside the row space of A")
                .isLessThanOrEqualTo(FORWARD * (1 + Oracle.norm(w)));
    }

    @Property(tries = 40)
    @Graded(points = 3, task = "least-squares", hint = TOLERANCE + " Scaling A by c scales the solution by 1/c.")
    void scalingTheDesignScalesTheSolutionInversely(@ForAll @IntRange(min = 1, max = 4) int n,
            @ForAll @IntRange(min = 0, max = 3) int extra, @ForAll @LongRange(min = 0, max = 10_000) long seed,
            @ForAll @IntRange(min = -14, max = 14) int decade) {
        double factor = Math.pow(10, decade);
        double[][] a = Counterexample.input("a", Oracle.gaussian(seed, n, n + extra));
        double[][] scaledA = Counterexample.input("scaledA", Oracle.scaled(a, factor));
        double[] y = Counterexample.input("y", Oracle.gaussianVector(seed + 1, n));

        double[] w = MinimumNorm.solve(a, y);
        double[] scaled = MinimumNorm.solve(scaledA, y);

        for (int j = 0; j < w.length; j++) {
            assertThat(scaled[j] * factor).as("c·w_%d of c·A for c = %s", j, factor)
                    .isCloseTo(w[j], within(FORWARD * (1 + Oracle.norm(w))));
        }
    }

    @Test
    @Graded(points = 1, task = "least-squares",
            hint = "τ = max(n, p)·ε·σ_max with ε = 2⁻⁵² (MinimumNorm.EPSILON): relative to the largest singular value and to the larger dimension.")
    void theRankToleranceIsRelative() {
        Svd svd = new Svd(new double[2][3], new double[] {0.5, 4.0}, new double[2][7]);

        assertThat(MinimumNorm.rankTolerance(svd, 3, 7)).isEqualTo(7 * MinimumNorm.EPSILON * 4.0);
    }

    @Property(tries = 60)
    @Graded(points = 4, task = "least-squares",
            hint = "Ridge minimises ‖A·w − y‖² + λ·‖w‖² (sums, not means; λ, not λ/2): its gradient Aᵀ·(A·w − y) + λ·w vanishes, i.e. w = Σ v_i·σ_i·(u_i·y)/(σ_i² + λ) over ALL singular values.")
    void ridgeZeroesTheGradientOfItsObjective(@ForAll @IntRange(min = 1, max = 5) int n,
            @ForAll @IntRange(min = 1, max = 5) int p, @ForAll @LongRange(min = 0, max = 10_000) long seed,
            @ForAll @DoubleRange(min = 0.001, max = 10) double lambda) {
        double[][] a = Counterexample.input("a", Oracle.gaussian(seed, n, p));
        double[] y = Counterexample.input("y", Oracle.gaussianVector(seed + 1, n));

        double[] w = MinimumNorm.ridge(a, y, lambda);

        double[] gradient = Oracle.multiplyTransposed(a, Oracle.minus(Oracle.multiply(a, w), y));
        for (int j = 0; j < p; j++) {
            gradient[j] += lambda * w[j];
        }
        double scale = (Oracle.frobenius(a) + lambda) * (Oracle.frobenius(a) * Oracle.norm(w) + Oracle.norm(y) + lambda * Oracle.norm(w));
        assertThat(Oracle.norm(gradient)).as("‖Aᵀ·(A·w − y) + λ·w‖ for w = %s", java.util.Arrays.toString(w))
                .isLessThanOrEqualTo(BACKWARD * scale);
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "least-squares",
            hint = "Ridge tends to the minimum-norm solution as λ → 0⁺, also on rank-deficient designs: σ/(σ² + λ) → 1/σ for σ > 0 and stays 0 for σ = 0, so the two must agree for tiny λ.")
    void ridgeTendsToTheMinimumNormSolution(@ForAll @IntRange(min = 1, max = 3) int rank,
            @ForAll @IntRange(min = 0, max = 3) int moreRows, @ForAll @IntRange(min = 0, max = 3) int moreColumns,
            @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        double[][] a = Counterexample.input("a", Oracle.product(Oracle.gaussian(seed, rank + moreRows, rank),
                Oracle.gaussian(seed + 1, rank, rank + moreColumns)));
        double[] y = Counterexample.input("y", Oracle.gaussianVector(seed + 2, rank + moreRows));
        double lambda = 1e-10 * Oracle.frobenius(a) * Oracle.frobenius(a);

        double[] ridge = MinimumNorm.ridge(a, y, lambda);
        double[] minimumNorm = MinimumNorm.solve(a, y);

        // The ridge bias is of order λ/σ_min² relative, 1e-10·(‖A‖_F/σ_min)²: below 1e-3 unless ‖A‖_F/σ_min > 3,000.
        assertThat(Oracle.norm(Oracle.minus(ridge, minimumNorm))).as("‖ridge(λ = %s) − minimum norm‖", lambda)
                .isLessThanOrEqualTo(1e-3 * (1 + Oracle.norm(minimumNorm)));
    }
}
