package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;

/** Laws of the least-squares solve: accuracy at a given condition number, the normal equations, no side effects. */
class LeastSquaresProperties {

    /** Double precision's unit roundoff ε = 2⁻⁵³. */
    private static final double EPSILON = 0x1p-53;

    /**
     * A backward-stable solve (Householder QR) of a consistent system has relative forward error ≲ c·κ·ε with c a
     * modest function of the size (Higham, §20.1); measured on the reference solution over 5,000 of these systems
     * (n ≤ 8, m ≤ 26, κ ≤ 1e8): at most 5.2·κ·ε. 100·κ·ε leaves a factor 20, and fails the normal equations, whose
     * error grows like κ²·ε: above κ ≈ 100 they exceed it.
     */
    private static final double STABLE_FACTOR = 100;

    /**
     * Aᵀ·r against ‖A_j‖·‖b‖: a backward-stable solve leaves |A_jᵀ·r| ≲ c·κ·ε·‖A_j‖·‖b‖; measured at most 1.6e-15 on
     * 5,000 systems with κ ≤ 1e3 and a residual of norm 1, so 1e-12 leaves a factor 600.
     */
    private static final double ORTHOGONALITY = 1e-12;

    Gen<Systems.System> consistent() {
        return Systems.conditioned(8, 1e8, 0.0);
    }

    Gen<Systems.System> inconsistent() {
        return Systems.conditioned(8, 1e3, 1.0);
    }

    @Property(tries = 200)
    @Graded(points = 4, task = "least-squares",
            hint = "Your solver loses accuracy on ill-conditioned systems: forming AᵀA (normal equations, an explicit inverse) squares the condition number. Triangularize A itself with Householder reflections, each with alpha of the sign opposite to r_kk (else v_k = r_kk − alpha cancels).")
    void solvesConsistentSystemsToTheAccuracyTheConditionAllows(@ForAll("consistent") Systems.System system) {
        double[] solution = LeastSquares.solve(system.a(), system.b());

        assertThat(solution).as("solution").hasSize(system.columns());
        assertThat(relativeError(solution, system.solution())).as("relative error for κ = %.3g", system.condition())
                .isLessThanOrEqualTo(STABLE_FACTOR * system.condition() * EPSILON);
    }

    @Property(tries = 100)
    @Graded(points = 3, task = "least-squares",
            hint = "At the least-squares solution the residual b − A·c is orthogonal to every column of A: apply each reflection to b as well as to A, and back-substitute with the top n rows only.")
    void leavesAResidualOrthogonalToTheColumns(@ForAll("inconsistent") Systems.System system) {
        double[] residual = Systems.multiply(system.a(), LeastSquares.solve(system.a(), system.b()));
        for (int i = 0; i < residual.length; i++) {
            residual[i] = system.b()[i] - residual[i];
        }
        double bNorm = Math.sqrt(Systems.dot(system.b(), system.b()));

        for (int j = 0; j < system.columns(); j++) {
            double[] column = new double[system.rows()];
            for (int i = 0; i < system.rows(); i++) {
                column[i] = system.a()[i][j];
            }
            double scale = Math.sqrt(Systems.dot(column, column)) * bNorm;
            assertThat(Math.abs(Systems.dot(column, residual)) / scale).as("|A_%dᵀ·r| / (‖A_%d‖·‖b‖)", j, j)
                    .isLessThanOrEqualTo(ORTHOGONALITY);
        }
    }

    @Property(tries = 30)
    @Graded(points = 1, task = "least-squares", hint = "Work on copies: solve must not modify A or b.")
    void leavesItsArgumentsUnchanged(@ForAll("consistent") Systems.System system) {
        double[][] a = new double[system.rows()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = system.a()[i].clone();
        }
        double[] b = system.b().clone();

        LeastSquares.solve(a, b);

        assertThat(a).isDeepEqualTo(system.a());
        assertThat(b).containsExactly(system.b());
    }

    private static double relativeError(double[] actual, double[] expected) {
        double difference = 0.0;
        double norm = 0.0;
        for (int j = 0; j < expected.length; j++) {
            difference += (actual[j] - expected[j]) * (actual[j] - expected[j]);
            norm += expected[j] * expected[j];
        }
        return Math.sqrt(difference / norm);
    }
}
