package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.grading.LibraryShortcuts;
import org.junit.jupiter.api.Test;

/**
 * The exercise is to write the basis, the least-squares solve and the variance, so the student's classes must not call
 * a library's (the forbidden calls and their reasons are declared once, in this exercise's {@code exercise.json}).
 * Checked on the compiled classes: every class of the exercise's packages found where {@link LeastSquares} was loaded
 * from. Avoiding the libraries earns the points only for code that does the work: the unimplemented stubs avoid them
 * too, so the functions the forbidden calls would replace must first return a result.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 5, task = "least-squares",
            hint = "Write the Legendre recurrence, the Householder QR solve and the variance yourself, on double arrays: library fitters, decompositions, inverses, Legendre polynomials and variance estimators (Commons Math, ND4J linear algebra) are not allowed in this exercise; these points also need Legendre.values, LeastSquares.solve and BiasVariance.decompose implemented.")
    void studentCodeDoesNotCallLibraryFittersOrDecompositions() throws IOException {
        assertThat(Legendre.values(0.5, 3)).as("Legendre.values(0.5, 3)").hasSize(4);
        assertThat(LeastSquares.solve(new double[][] {{1, 0}, {1, 1}, {1, 2}}, new double[] {1, 2, 4}))
                .as("LeastSquares.solve on a 3 × 2 system").hasSize(2);
        assertThat(BiasVariance.decompose(new double[][] {{1}, {3}}, new double[] {2}, 0.0).variance())
                .as("BiasVariance.decompose of two models at one point").hasSize(1);
        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(LeastSquares.class);

        assertThat(scan.references()).as("references found in the student's classes").isNotEmpty();
        assertThat(scan.messages()).as("forbidden calls").isEmpty();
    }
}
