package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Permutations are permutations, uniformly distributed, with identity and reversal first and shrinking toward identity. */
class PermutationGenProperties {

    /** χ² quantile for 5 degrees of freedom at p = 0.001: a correct shuffle exceeds it once in a thousand seeds. */
    private static final double CHI_SQUARED_5_DOF_P001 = 20.515;

    Gen<int[]> permutations() {
        return Gens.permutations(0, 12);
    }

    @Property(tries = 300)
    void samplesAndShrinkCandidatesArePermutations(@ForAll("permutations") int[] p) {
        assertPermutation(p);
        Gens.permutations(0, 12).shrink(p).forEach(PermutationGenProperties::assertPermutation);
    }

    @Property(tries = 300)
    void shrinkCandidatesHaveFewerElementsOrMoreFixedPoints(@ForAll("permutations") int[] p) {
        Gens.permutations(0, 12).shrink(p).forEach(candidate -> assertThat(
                candidate.length < p.length || candidate.length == p.length && fixedPoints(candidate) > fixedPoints(p))
                .isTrue());
    }

    @Test
    void edgeCasesAreIdentityAndReversal() {
        List<int[]> edgeCases = Gens.permutations(4).edgeCases();

        assertArrayEquals(new int[][] {{0, 1, 2, 3}, {3, 2, 1, 0}}, edgeCases.toArray(int[][]::new));
    }

    @Test
    void fisherYatesIsUniformOverTheSixPermutationsOfThree() {
        Gen<int[]> permutations = Gens.permutations(3);
        SplittableRandom random = new SplittableRandom(2024);
        int samples = 6000;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < samples; i++) {
            counts.merge(Arrays.toString(permutations.sample(random)), 1, Integer::sum);
        }
        double expected = samples / 6.0;
        double chiSquared = counts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();

        assertEquals(6, counts.size());
        assertThat(chiSquared).isLessThan(CHI_SQUARED_5_DOF_P001);
    }

    private static void assertPermutation(int[] p) {
        assertArrayEquals(IntStream.range(0, p.length).toArray(), IntStream.of(p).sorted().toArray());
    }

    private static long fixedPoints(int[] p) {
        return IntStream.range(0, p.length).filter(i -> p[i] == i).count();
    }
}
