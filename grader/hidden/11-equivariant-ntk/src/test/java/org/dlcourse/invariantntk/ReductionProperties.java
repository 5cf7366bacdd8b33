package org.dlcourse.invariantntk;

import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The single sum (1/|G|) Σ_u K(x, u·x′): its value, and its agreement with the double sum when the base kernel is
 * invariant under the simultaneous action (every fully connected kernel: the group permutes pixels).
 */
class ReductionProperties {

    /**
     * Double sum and single sum add the same values |G| times over in another order; the fully connected kernel of
     * g·x and g·x′ differs from that of x and x′ only by the order of its dot products (~1e-16 relative): 1e-12.
     */
    private static final Tolerance SAME_SUM = InvariantKernelProperties.SAME_SUM;

    Gen<Samples.Pair> pairs() {
        return Samples.structuredPairs();
    }

    Gen<Group> groups() {
        return Gens.oneOf(Group.D4, Group.C4);
    }

    Gen<Boolean> ntkOrNngp() {
        return Gens.booleans();
    }

    @Property(tries = 30)
    @Graded(points = 4, task = "reduction",
            hint = "For a base kernel invariant under the simultaneous action (a fully connected network's NTK or NNGP), (1/|G|) Σ_u K(x, u·x′) must equal the double sum (1/|G|²) Σ_{g,h} K(g·x, h·x′): average the |G| columns u·N2 + j and divide by |G| (not |G|²).")
    void singleSumEqualsDoubleSumForFullyConnectedKernels(@ForAll("pairs") Samples.Pair pair,
            @ForAll("groups") Group group, @ForAll("ntkOrNngp") boolean ntk) {
        Kernel base = ntk ? Samples.NETWORK.ntk() : Samples.NETWORK.nngp();
        INDArray reduced = InvariantKernel.reduced(base, group, Counterexample.input("images1", pair.images1()),
                Counterexample.input("images2", pair.images2()));

        assertThat(reduced).hasShape(pair.images1().size(0), pair.images2().size(0))
                .isCloseTo(Oracle.doubleSum(base, group, pair.images1(), pair.images2()), SAME_SUM);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "reduction",
            hint = "reduced is the single sum (1/|G|) Σ_u K(x_i, u·x′_j): the orbit of the SECOND argument, the first left as it is, rows for images1 and columns for images2 (checked with a base kernel that is not invariant, where the two sides differ).")
    void singleSumTransformsTheSecondArgument(@ForAll("pairs") Samples.Pair pair, @ForAll("groups") Group group) {
        INDArray reduced = InvariantKernel.reduced(Samples.WEIGHTED, group,
                Counterexample.input("images1", pair.images1()), Counterexample.input("images2", pair.images2()));

        assertThat(reduced).isCloseTo(Oracle.singleSum(Samples.WEIGHTED, group, pair.images1(), pair.images2()),
                SAME_SUM);
    }
}
