package org.dlcourse.invariantntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;

/**
 * The invariant kernel K_G(x, x′) = (1/|G|²) Σ_{g,h} K(g·x, h·x′): its value (against a brute-force double sum), its
 * invariance in each argument separately for any base kernel, symmetry and positive semi-definiteness.
 */
class InvariantKernelProperties {

    /**
     * The same |G|² ≤ 64 kernel values summed in another order: rounding ≤ 64·2⁻⁵³ relative to the sum of their
     * magnitudes (≤ ~10 here); 1e-12 absolute and relative is a wide margin, no more.
     */
    static final Tolerance SAME_SUM = Tolerance.of(1e-12, 1e-12);

    Gen<Samples.Pair> pairs() {
        return Samples.structuredPairs();
    }

    Gen<INDArray> batches() {
        return Samples.structuredBatches(3);
    }

    Gen<Group> groups() {
        return Gens.oneOf(Group.D4, Group.C4);
    }

    Gen<Symmetry> d4() {
        return Samples.d4();
    }

    @Property(tries = 30)
    @Graded(points = 3, task = "invariant-kernel",
            hint = "orbits(G, x) is element-major: row e·N + n is gₑ·x_n for the e-th element of group.elements(), all |G| elements in order, an image fixed by some elements repeated.")
    void orbitsAreElementMajor(@ForAll("batches") INDArray images, @ForAll("groups") Group group) {
        INDArray orbits = InvariantKernel.orbits(group, Counterexample.input("images", images));

        long n = images.size(0);
        assertThat(orbits).hasShape(group.order() * n, images.size(1), images.size(2));
        for (int e = 0; e < group.order(); e++) {
            INDArray block = orbits.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(e * n, (e + 1) * n));
            assertThat(block).as("rows %d..%d", e * n, (e + 1) * n - 1)
                    .isCloseTo(Oracle.act(Oracle.elements(group).get(e), images), Tolerance.absolute(0));
        }
    }

    @Property(tries = 30)
    @Graded(points = 4, task = "invariant-kernel",
            hint = "K_G(x, x′) = (1/|G|²) Σ_{g,h} K(g·x, h·x′): all |G|² pairs, divided by |G|² (not |G|), every element counted even when g·x = x (zero, invariant and duplicate images). Evaluate K once between the two orbit batches and average the |G|² entries (e·N1 + i, f·N2 + j).")
    void doubleSumAveragesEveryPairOfElements(@ForAll("pairs") Samples.Pair pair, @ForAll("groups") Group group) {
        Kernel base = Samples.NETWORK.ntk();
        INDArray kernel = InvariantKernel.doubleSum(base, group, Counterexample.input("images1", pair.images1()),
                Counterexample.input("images2", pair.images2()));

        assertThat(kernel).hasShape(pair.images1().size(0), pair.images2().size(0))
                .isCloseTo(Oracle.doubleSum(base, group, pair.images1(), pair.images2()), SAME_SUM);
    }

    @Property(tries = 20)
    @Graded(points = 4, task = "invariant-kernel",
            hint = "K_G must be invariant in EACH argument separately, K_G(g·x, x′) = K_G(x, h·x′) = K_G(x, x′), for ANY base kernel (this one weights the pixels, so it is not invariant under the simultaneous action): average over both orbits, (1/|G|²) Σ_{g,h}, not over one argument only.")
    void invariantInEachArgumentForAnyBaseKernel(@ForAll("pairs") Samples.Pair pair, @ForAll("d4") Symmetry g,
            @ForAll("d4") Symmetry h) {
        INDArray kernel = InvariantKernel.doubleSum(Samples.WEIGHTED, Group.D4,
                Counterexample.input("images1", pair.images1()), Counterexample.input("images2", pair.images2()));
        INDArray movedFirst = InvariantKernel.doubleSum(Samples.WEIGHTED, Group.D4,
                Counterexample.input("gImages1", Oracle.act(g, pair.images1())), pair.images2());
        INDArray movedSecond = InvariantKernel.doubleSum(Samples.WEIGHTED, Group.D4, pair.images1(),
                Counterexample.input("hImages2", Oracle.act(h, pair.images2())));

        assertThat(movedFirst).as("K_G(g·x, x′)").isCloseTo(kernel, SAME_SUM);
        assertThat(movedSecond).as("K_G(x, h·x′)").isCloseTo(kernel, SAME_SUM);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "invariant-kernel",
            hint = "K_G is symmetric: K_G(x′, x) = K_G(x, x′), so doubleSum(x2, x1) is the transpose of doubleSum(x1, x2); keep the rows for images1 and the columns for images2.")
    void symmetric(@ForAll("pairs") Samples.Pair pair, @ForAll("groups") Group group) {
        INDArray forward = InvariantKernel.doubleSum(Samples.WEIGHTED, group,
                Counterexample.input("images1", pair.images1()), Counterexample.input("images2", pair.images2()));
        INDArray backward = InvariantKernel.doubleSum(Samples.WEIGHTED, group, pair.images2(), pair.images1());

        assertThat(backward).isCloseTo(forward.transpose(), SAME_SUM);
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "invariant-kernel",
            hint = "The Gram matrix of K_G is positive semi-definite, K_G = Φ̄Φ̄ᵀ with the averaged features φ̄(x) = (1/|G|) Σ_g φ(g·x): its smallest eigenvalue is ≥ 0 up to rounding. A one-sided or unnormalized average, or mismatched blocks, loses it.")
    void positiveSemiDefinite(@ForAll("batches") INDArray images, @ForAll("groups") Group group) {
        INDArray gram = InvariantKernel.doubleSum(Samples.NETWORK.ntk(), group,
                Counterexample.input("images", images), images);

        double largest = Math.max(gram.maxNumber().doubleValue(), 1.0);
        INDArray symmetric = gram.add(gram.transpose()).divi(2.0);
        double smallest = Eigen.symmetricGeneralizedEigenvalues(symmetric).minNumber().doubleValue();
        // LAPACK's symmetric eigensolver is backward stable: eigenvalues within ~N·ε·‖K‖ (N ≤ 3); 1e-12·‖K‖ margin.
        assertThat(smallest).as("smallest eigenvalue of the Gram matrix").isGreaterThanOrEqualTo(-1e-12 * largest);
        assertThat(gram).isCloseTo(gram.transpose(), SAME_SUM);
    }
}
