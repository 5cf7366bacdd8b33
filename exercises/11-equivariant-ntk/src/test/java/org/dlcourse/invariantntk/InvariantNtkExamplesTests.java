package org.dlcourse.invariantntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Public examples for exercise 11, small enough to check by hand. */
class InvariantNtkExamplesTests {

    /** Pixel permutations move values without arithmetic. */
    private static final Tolerance EXACT = Tolerance.absolute(0.0);

    /** Kernel values of order 1 averaged over at most 64 terms: 1e-12 is a wide margin for their rounding. */
    private static final Tolerance AVERAGE = Tolerance.of(1e-12, 1e-12);

    private static final INDArray TWO_BY_TWO = Nd4j.createFromArray(new double[][][] {{{1, 2}, {3, 4}}});

    @Test
    @Graded(points = 1, task = "group-action",
            hint = "r turns counter-clockwise like NumPy's rot90: [[1, 2], [3, 4]] becomes [[2, 4], [1, 3]].")
    void aQuarterTurnOfATwoByTwoImage() {
        assertThat(new Symmetry(1, false).act(TWO_BY_TWO).reshape(2, 2)).isCloseTo(new double[][] {{2, 4}, {1, 3}},
                EXACT);
        assertThat(new Symmetry(1, false).sourceIndices(2)).containsExactly(1, 3, 0, 2);
    }

    @Test
    @Graded(points = 1, task = "invariant-kernel",
            hint = "orbits(G, x) stacks g·x for every element of group.elements(), element-major: [|G|·N, s, s].")
    void theOrbitOfOneImageUnderC4() {
        INDArray orbits = InvariantKernel.orbits(Group.C4, TWO_BY_TWO);

        assertThat(orbits).hasShape(4, 2, 2);
        assertThat(orbits.reshape(4, 4)).isCloseTo(new double[][] {{1, 2, 3, 4}, {2, 4, 1, 3}, {4, 3, 2, 1},
                {3, 1, 4, 2}}, EXACT);
    }

    @Test
    @Graded(points = 1, task = "invariant-kernel",
            hint = "A constant image is invariant, so K_G(x, x) = (1/|G|²) Σ_{g,h} K(x, x) = K(x, x): divide by |G|², not |G|.")
    void onAConstantImageTheInvariantKernelIsTheBaseKernel() {
        Kernel ntk = new FullyConnectedKernel(1, 1.0, 0.0).ntk();
        INDArray constant = Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 1, 3, 3);

        assertThat(InvariantKernel.doubleSum(ntk, Group.D4, constant, constant))
                .isCloseTo(ntk.matrix(constant, constant), AVERAGE);
    }

    @Test
    @Graded(points = 1, task = "augmentation",
            hint = "The full-orbit augmentation of N images has |G|·N images, each with its image's target.")
    void fullOrbitsHaveGroupOrderTimesAsManyImages() {
        TrainingSet augmented = Augmentation.fullOrbits(Group.D4,
                new TrainingSet(TWO_BY_TWO, Nd4j.createFromArray(5.0)));

        assertThat(augmented.images()).hasShape(8, 2, 2);
        assertThat(augmented.targets()).isCloseTo(Nd4j.createFromArray(5.0, 5, 5, 5, 5, 5, 5, 5), EXACT);
    }
}
