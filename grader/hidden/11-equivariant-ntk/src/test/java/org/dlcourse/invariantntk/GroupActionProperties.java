package org.dlcourse.invariantntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** D4 acts on images by pixel permutations with exercise 08's conventions, and the action is a homomorphism. */
class GroupActionProperties {

    /** A permutation moves values without arithmetic: exact. */
    private static final Tolerance EXACT = Tolerance.absolute(0);

    Gen<INDArray> images() {
        return random -> {
            int side = random.nextInt(1, 7);
            return Samples.uniform(random, random.nextInt(1, 3), side, side);
        };
    }

    Gen<Symmetry> d4() {
        return Samples.d4();
    }

    Gen<Integer> sides() {
        return Gens.ints(1, 8);
    }

    @Test
    @Graded(points = 2, task = "group-action",
            hint = "r is the COUNTER-clockwise quarter turn, NumPy's rot90: (r·f)[i][j] = f[j][s − 1 − i], so [[1, 2], [3, 4]] becomes [[2, 4], [1, 3]]; a clockwise turn gives [[3, 1], [4, 2]]. The mirror m is fliplr: (m·f)[i][j] = f[i][s − 1 − j].")
    void quarterTurnIsRot90AndMirrorIsFliplr() {
        INDArray image = Nd4j.createFromArray(new double[][][] {{{1, 2}, {3, 4}}});

        assertThat(new Symmetry(1, false).act(image).reshape(2, 2)).isCloseTo(new double[][] {{2, 4}, {1, 3}}, EXACT);
        assertThat(new Symmetry(0, true).act(image).reshape(2, 2)).isCloseTo(new double[][] {{2, 1}, {4, 3}}, EXACT);
        assertThat(new Symmetry(1, true).act(image).reshape(2, 2)).as("r·m: first the mirror, then the turn")
                .isCloseTo(new double[][] {{1, 3}, {2, 4}}, EXACT);
    }

    @Property(tries = 40)
    @Graded(points = 3, task = "group-action",
            hint = "g = rᵏmˢ acts by (g·f)(p) = f(g⁻¹p): first the mirror (if s = 1), then k counter-clockwise quarter turns. Follow each output pixel back: k times (i, j) ← (j, s − 1 − i), then j ← s − 1 − j if mirrored. Odd sides rotate about the centre pixel.")
    void actionMatchesTheGeometricAction(@ForAll("images") INDArray images, @ForAll("d4") Symmetry g) {
        INDArray acted = g.act(Counterexample.input("images", images));

        assertThat(acted).hasShape(images.shape()).isCloseTo(Oracle.act(g, images), EXACT);
    }

    @Property(tries = 40)
    @Graded(points = 3, task = "group-action",
            hint = "The action must be a homomorphism, g·(h·f) = (gh)·f with (rᵃmˢ)(rᵇmᵗ) = r^(a + (−1)ˢb) m^(s + t). Using f(g·p) instead of f(g⁻¹·p), or turning before mirroring, reverses the order of products and breaks it for D4.")
    void actionIsAHomomorphism(@ForAll("images") INDArray images, @ForAll("d4") Symmetry g,
            @ForAll("d4") Symmetry h) {
        INDArray twice = g.act(Counterexample.input("hImages", h.act(Counterexample.input("images", images))));

        assertThat(twice).isCloseTo(Oracle.compose(g, h).act(images), EXACT);
    }

    @Property(tries = 7)
    @Graded(points = 1, task = "group-action",
            hint = "sourceIndices(s) must be a permutation of 0..s² − 1 for every element: every pixel comes from exactly one pixel.")
    void sourceIndicesArePermutations(@ForAll("sides") int side) {
        for (Symmetry g : Oracle.elements(Group.D4)) {
            int[] source = g.sourceIndices(side);
            assertThat(source).as("source indices of %s on side %d", g, side).hasSize(side * side);
            int[] sorted = source.clone();
            Arrays.sort(sorted);
            assertThat(sorted).as("sorted source indices of %s", g).containsExactly(IntStream.range(0, side * side).toArray());
        }
    }
}
