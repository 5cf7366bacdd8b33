package org.dlcourse.biasvariance;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dlcourse.kit.property.Gen;

/**
 * Least-squares systems with a prescribed condition number: A = U·[Σ; 0]·Vᵀ with singular values spaced
 * geometrically from 1 down to 1/κ and U, V products of random Householder reflections (orthogonal to rounding),
 * a known solution c* and b = A·c* (consistent) or b = A·c* + r with r orthogonal to the columns (inconsistent).
 */
final class Systems {

    private Systems() {
    }

    /**
     * A system and what the tests know about it.
     *
     * @param a         the m × n matrix
     * @param b         the right-hand side
     * @param solution  the least-squares solution c*
     * @param condition κ = σ_max/σ_min of A
     */
    record System(double[][] a, double[] b, double[] solution, double condition) {

        int rows() {
            return a.length;
        }

        int columns() {
            return a[0].length;
        }
    }

    /**
     * Systems of 1–{@code maxColumns} columns, as many to three times as many rows plus two, log₁₀ κ uniform in
     * [0, log₁₀ maxCondition]; {@code residualScale} > 0 adds a residual of that norm orthogonal to the columns.
     * Edge cases: 1 × 1, square and κ = 1, the largest κ on a square and on a tall system. A failing system
     * shrinks toward fewer columns and rows and a smaller κ.
     */
    static Gen<System> conditioned(int maxColumns, double maxCondition, double residualScale) {
        return new Gen<>() {
            @Override
            public System sample(SplittableRandom random) {
                int columns = 1 + random.nextInt(maxColumns);
                int rows = columns + random.nextInt(2 * columns + 3);
                double condition = Math.pow(maxCondition, random.nextDouble());
                return build(rows, columns, condition, random.nextLong());
            }

            @Override
            public List<System> edgeCases() {
                return List.of(build(1, 1, 1.0, 1L), build(maxColumns, maxColumns, 1.0, 2L),
                        build(maxColumns, maxColumns, maxCondition, 3L), build(3 * maxColumns, maxColumns, maxCondition, 4L),
                        build(maxColumns + 1, maxColumns, maxCondition, 5L));
            }

            @Override
            public Stream<System> shrink(System value) {
                long seed = Arrays.hashCode(value.b());
                Stream.Builder<System> smaller = Stream.builder();
                if (value.columns() > 1) {
                    smaller.add(build(value.rows() - 1, value.columns() - 1, value.condition(), seed));
                }
                if (value.rows() > value.columns()) {
                    smaller.add(build(value.rows() - 1, value.columns(), value.condition(), seed));
                }
                if (value.condition() > 10) {
                    smaller.add(build(value.rows(), value.columns(), value.condition() / 10, seed));
                }
                return smaller.build();
            }

            @Override
            public String show(System value) {
                return value.rows() + " × " + value.columns() + " system with condition number "
                        + String.format("%.3g", value.condition()) + ", A = " + Arrays.stream(value.a())
                        .map(Arrays::toString).collect(Collectors.joining(", ", "[", "]"))
                        + ", b = " + Arrays.toString(value.b());
            }

            private System build(int rows, int columns, double condition, long seed) {
                SplittableRandom random = new SplittableRandom(seed);
                double[][] a = new double[rows][columns];
                for (int j = 0; j < columns; j++) {
                    a[j][j] = columns == 1 ? 1.0 : Math.pow(condition, -(double) j / (columns - 1));
                }
                for (int k = 0; k < columns; k++) {
                    reflectColumns(a, gaussian(random, columns));
                }
                for (int k = 0; k < Math.min(rows, columns + 2); k++) {
                    reflectRows(a, gaussian(random, rows));
                }
                double[] solution = new double[columns];
                for (int j = 0; j < columns; j++) {
                    solution[j] = 2 * random.nextDouble() - 1;
                }
                double[] b = multiply(a, solution);
                if (residualScale > 0 && rows > columns) {
                    double[] residual = orthogonalToColumns(a, gaussian(random, rows));
                    double norm = Math.sqrt(dot(residual, residual));
                    for (int i = 0; i < rows; i++) {
                        b[i] += residualScale * residual[i] / norm;
                    }
                }
                return new System(a, b, solution, condition);
            }
        };
    }

    static double[] multiply(double[][] a, double[] c) {
        double[] product = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            product[i] = dot(a[i], c);
        }
        return product;
    }

    static double dot(double[] u, double[] v) {
        double sum = 0.0;
        for (int i = 0; i < u.length; i++) {
            sum += u[i] * v[i];
        }
        return sum;
    }

    private static double[] gaussian(SplittableRandom random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble()))
                    * StrictMath.cos(2 * StrictMath.PI * random.nextDouble());
        }
        return v;
    }

    /** A ← (I − 2vvᵀ/vᵀv)·A. */
    private static void reflectRows(double[][] a, double[] v) {
        double vv = dot(v, v);
        for (int j = 0; j < a[0].length; j++) {
            double s = 0.0;
            for (int i = 0; i < a.length; i++) {
                s += v[i] * a[i][j];
            }
            for (int i = 0; i < a.length; i++) {
                a[i][j] -= 2 * s / vv * v[i];
            }
        }
    }

    /** A ← A·(I − 2vvᵀ/vᵀv). */
    private static void reflectColumns(double[][] a, double[] v) {
        double vv = dot(v, v);
        for (double[] row : a) {
            double s = dot(row, v);
            for (int j = 0; j < row.length; j++) {
                row[j] -= 2 * s / vv * v[j];
            }
        }
    }

    /** r minus its projection onto the columns of A, by two passes of Gram–Schmidt against an orthonormal basis. */
    private static double[] orthogonalToColumns(double[][] a, double[] r) {
        int rows = a.length;
        int columns = a[0].length;
        double[][] q = new double[columns][rows];
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i < rows; i++) {
                q[j][i] = a[i][j];
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    subtractProjection(q[j], q[k]);
                }
            }
            double norm = Math.sqrt(dot(q[j], q[j]));
            for (int i = 0; i < rows; i++) {
                q[j][i] /= norm;
            }
        }
        double[] orthogonal = r.clone();
        for (int pass = 0; pass < 2; pass++) {
            for (double[] column : q) {
                subtractProjection(orthogonal, column);
            }
        }
        return orthogonal;
    }

    private static void subtractProjection(double[] v, double[] unit) {
        double s = dot(v, unit);
        for (int i = 0; i < v.length; i++) {
            v[i] -= s * unit[i];
        }
    }
}
