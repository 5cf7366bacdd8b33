package org.dlcourse.invariantntk;

import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Public properties for exercise 11: the laws of the invariant kernel on generated 3 × 3 images under C4. The runner
 * tries edge cases first, then random samples from a seed; a failure is shrunk and reported with the seed
 * ({@code -Ddlcourse.seed=...} replays it). The hidden tests check more: D4, degenerate images, reference values,
 * augmentation and partial orbits.
 */
class InvariantNtkPublicProperties {

    /** The same kernel values summed in another order. */
    private static final Tolerance SAME_SUM = Tolerance.of(1e-12, 1e-12);

    private static final Kernel NTK = new FullyConnectedKernel(2, 1.0, 0.1).ntk();

    /** Two 3 × 3 images as the rows of a generated [2, 9] matrix. */
    Gen<INDArray> imagePairs() {
        return Gens.matrices().rows(2, 2).cols(9, 9).values(Gens.doubles(-2, 2)).map(m -> m.reshape(2, 3, 3),
                images -> images.reshape(2, 9));
    }

    Gen<Integer> quarterTurns() {
        return Gens.ints(0, 3);
    }

    @Property(tries = 20)
    @Graded(points = 1, task = "invariant-kernel",
            hint = "K_G(r·x, x′) must equal K_G(x, x′): average over the orbit of each argument.")
    void invariantInTheFirstArgument(@ForAll("imagePairs") INDArray images, @ForAll("quarterTurns") int turns) {
        INDArray x = images.get(NDArrayIndex.interval(0, 1));
        INDArray other = images.get(NDArrayIndex.interval(1, 2));

        INDArray moved = InvariantKernel.doubleSum(NTK, Group.C4, new Symmetry(turns, false).act(x), other);

        assertThat(moved).isCloseTo(InvariantKernel.doubleSum(NTK, Group.C4, x, other), SAME_SUM);
    }

    @Property(tries = 20)
    @Graded(points = 1, task = "invariant-kernel",
            hint = "K_G is symmetric: doubleSum(x′, x) is the transpose of doubleSum(x, x′).")
    void symmetric(@ForAll("imagePairs") INDArray images) {
        INDArray x = images.get(NDArrayIndex.interval(0, 1));

        assertThat(InvariantKernel.doubleSum(NTK, Group.C4, images, x))
                .isCloseTo(InvariantKernel.doubleSum(NTK, Group.C4, x, images).transpose(), SAME_SUM);
    }

    @Property(tries = 20)
    @Graded(points = 1, task = "reduction",
            hint = "For a fully connected kernel the single sum (1/|G|) Σ_g K(x, g·x′) equals the double sum.")
    void singleSumEqualsDoubleSum(@ForAll("imagePairs") INDArray images) {
        assertThat(InvariantKernel.reduced(NTK, Group.C4, images, images))
                .isCloseTo(InvariantKernel.doubleSum(NTK, Group.C4, images, images), SAME_SUM);
    }
}
