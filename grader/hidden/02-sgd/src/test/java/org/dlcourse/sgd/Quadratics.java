package org.dlcourse.sgd;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.dlcourse.kit.property.Gen;

/**
 * Convex quadratics f(θ) = ½ (θ − θ*)ᵀ A (θ − θ*) with known eigenvalues, for the stability law of gradient descent.
 *
 * <p>A = Q Λ Qᵀ with Λ = diag(λ₁ … λ_d), λ ∈ [0.1, 10] and λ₁ the largest, and Q a product of d Householder
 * reflections I − 2vvᵀ/‖v‖² of Gaussian vectors (orthogonal, so the λ are exactly A's eigenvalues and Q's first
 * column q₁ is the top eigenvector). Gradient descent with step lr multiplies the component of θ − θ* along each
 * eigenvector q_i by (1 − lr·λ_i) per step (lecture 02, §3), so it converges from every start iff
 * lr &lt; 2/λ_max. A case's learning rate is lr = ratio · 2/λ_max with the ratio away from 1: in [0.3, 0.95] or
 * in [1.05, 1.6].
 */
final class Quadratics {

    private Quadratics() {
    }

    /**
     * A quadratic, its minimizer, a start whose error θ₀ − θ* has a component of at least 0.5 along q₁, and the
     * learning rate's ratio to 2/λ_max.
     */
    record Case(double[] eigenvalues, double[][] q, double[] minimizer, double[] start, double ratio) {

        int dimension() {
            return eigenvalues.length;
        }

        double learningRate() {
            return ratio * 2.0 / eigenvalues[0];
        }

        /** ∇f(θ) = A (θ − θ*) = Q Λ Qᵀ (θ − θ*). */
        double[] gradient(double[] theta) {
            int d = dimension();
            double[] coordinates = new double[d];
            for (int i = 0; i < d; i++) {
                for (int k = 0; k < d; k++) {
                    coordinates[i] += q[k][i] * (theta[k] - minimizer[k]);
                }
                coordinates[i] *= eigenvalues[i];
            }
            double[] gradient = new double[d];
            for (int k = 0; k < d; k++) {
                for (int i = 0; i < d; i++) {
                    gradient[k] += q[k][i] * coordinates[i];
                }
            }
            return gradient;
        }

        /** max_i |1 − lr·λ_i|, the factor by which gradient descent shrinks (or grows) the error per step. */
        double contraction() {
            return Arrays.stream(eigenvalues).map(lambda -> Math.abs(1 - learningRate() * lambda)).max().orElseThrow();
        }

        /** ⟨θ₀ − θ*, q₁⟩, the error's component along the top eigenvector. */
        double topComponent() {
            double component = 0.0;
            for (int k = 0; k < dimension(); k++) {
                component += q[k][0] * (start[k] - minimizer[k]);
            }
            return component;
        }

        @Override
        public String toString() {
            return "eigenvalues " + Arrays.toString(eigenvalues) + ", lr = " + ratio + " * 2/lambda_max, start "
                    + Arrays.toString(start) + ", minimizer " + Arrays.toString(minimizer);
        }
    }

    /** Cases in dimension 1..6; edge cases: dimension 1, equal eigenvalues, a condition number of 100. */
    static Gen<Case> cases() {
        return new Gen<>() {
            @Override
            public Case sample(SplittableRandom random) {
                int d = 1 + random.nextInt(6);
                double[] eigenvalues = random.doubles(d, 0.1, 10).toArray();
                Arrays.sort(eigenvalues);
                reverse(eigenvalues);
                double ratio = random.nextBoolean() ? 0.3 + 0.65 * random.nextDouble()
                        : 1.05 + 0.55 * random.nextDouble();
                return build(eigenvalues, ratio, random);
            }

            @Override
            public List<Case> edgeCases() {
                return Stream.of(0.5, 0.95, 1.05, 1.6).flatMap(ratio -> Stream.of(
                        build(new double[] {1.0}, ratio, new SplittableRandom(1)),
                        build(new double[] {2.0, 2.0, 2.0}, ratio, new SplittableRandom(2)),
                        build(new double[] {10.0, 1.0, 0.1}, ratio, new SplittableRandom(3)))).toList();
            }

            @Override
            public String show(Case value) {
                return value.toString();
            }
        };
    }

    private static Case build(double[] eigenvalues, double ratio, SplittableRandom random) {
        int d = eigenvalues.length;
        double[][] q = identity(d);
        for (int r = 0; r < d; r++) {
            q = reflect(q, gaussian(d, random));
        }
        double[] minimizer = random.doubles(d, -2, 2).toArray();
        double[] start = new double[d];
        double[] other = random.doubles(d, -1, 1).toArray();
        double sign = random.nextBoolean() ? 1 : -1;
        for (int k = 0; k < d; k++) {
            // |0.5·⟨other, q₁⟩| ≤ 0.5·‖other‖ ≤ 0.5·√d, so (0.5 + √d) along q₁ leaves a component of at least 0.5.
            start[k] = minimizer[k] + sign * (0.5 + Math.sqrt(d)) * q[k][0] + 0.5 * other[k];
        }
        return new Case(eigenvalues, q, minimizer, start, ratio);
    }

    // Q ← Q (I − 2vvᵀ/‖v‖²), column operations on Q.
    private static double[][] reflect(double[][] q, double[] v) {
        int d = v.length;
        double norm2 = Arrays.stream(v).map(x -> x * x).sum();
        double[][] result = new double[d][d];
        for (int row = 0; row < d; row++) {
            double projection = 0.0;
            for (int k = 0; k < d; k++) {
                projection += q[row][k] * v[k];
            }
            for (int col = 0; col < d; col++) {
                result[row][col] = q[row][col] - 2 * projection * v[col] / norm2;
            }
        }
        return result;
    }

    private static double[][] identity(int d) {
        double[][] identity = new double[d][d];
        for (int i = 0; i < d; i++) {
            identity[i][i] = 1.0;
        }
        return identity;
    }

    private static double[] gaussian(int d, SplittableRandom random) {
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            double radius = Math.sqrt(-2 * Math.log(1 - random.nextDouble()));
            v[i] = radius * Math.cos(2 * Math.PI * random.nextDouble());
        }
        return v;
    }

    private static void reverse(double[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            double swapped = values[i];
            values[i] = values[j];
            values[j] = swapped;
        }
    }
}
