package org.dlcourse.finitewidth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.grading.LibraryShortcuts;
import org.junit.jupiter.api.Test;

/**
 * The exercise is to write the minimum-norm and ridge solves, so the student's classes must not call a library's
 * least-squares solvers, SVDs or inverses (declared in this exercise's {@code exercise.json}). The points need code
 * that does the work: the stubs avoid the libraries too.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 2, task = "least-squares",
            hint = "Solve with the given JacobiSvd yourself: ND4J's and Commons Math's solvers, SVDs, pseudo-inverses and inverses are not allowed in this exercise; these points also need MinimumNorm.solve implemented.")
    void studentCodeDoesNotCallSolvers() throws IOException {
        assertThat(MinimumNorm.solve(new double[][] {{1, 1}}, new double[] {2})).containsExactly(new double[] {1.0, 1.0}, within(1e-14));
        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(MinimumNorm.class);

        assertThat(scan.references()).as("references found in the student's classes").isNotEmpty();
        assertThat(scan.messages()).as("forbidden calls").isEmpty();
    }
}
