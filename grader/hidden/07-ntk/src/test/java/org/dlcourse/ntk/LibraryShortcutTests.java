package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.grading.LibraryShortcuts;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exercise is to write the gradients, the kernels and the Cholesky solve, so the student's classes must not call
 * automatic differentiation or a library's layers and solvers (declared in this exercise's {@code exercise.json}).
 * The points need code that does the work: the stubs avoid the libraries too.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 3, task = "empirical-ntk",
            hint = "Derive the gradients, the kernels and the Cholesky solve yourself: SameDiff (automatic differentiation), ND4J's layer and backprop ops and ND4J's linear-algebra solvers are not allowed in this exercise; these points also need EmpiricalNtk.kernel and GradientFlow.predict(∞) implemented.")
    void studentCodeDoesNotCallAutodiffOrSolvers() throws IOException {
        Architecture architecture = new Architecture(1, 1.0, 0.1, Activation.RELU);
        FullyConnectedNetwork network = FullyConnectedNetwork.initialize(architecture, 2, 3, new SplittableRandom(1));
        var x = Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}});
        var theta = EmpiricalNtk.kernel(network, x);
        assertThat(new GradientFlow(theta, theta, Nd4j.createFromArray(1.0, -1.0), Nd4j.createFromArray(0.0, 0.0),
                Nd4j.createFromArray(0.0, 0.0), 1.0).predict(Double.POSITIVE_INFINITY).test().length()).isEqualTo(2);
        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(EmpiricalNtk.class);

        assertThat(scan.references()).as("references found in the student's classes").isNotEmpty();
        assertThat(scan.messages()).as("forbidden calls").isEmpty();
    }
}
