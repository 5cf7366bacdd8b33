package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeededSelectionTests {

    /** χ² quantile for 9 degrees of freedom at p = 0.001: a uniform choice exceeds it once in a thousand seeds. */
    private static final double CHI_SQUARED_9_DOF_P001 = 27.877;

    @Test
    void everySubsetOfTwoOfFiveIsEquallyLikely() {
        SplittableRandom random = new SplittableRandom(2024);
        int samples = 10_000;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < samples; i++) {
            counts.merge(Arrays.toString(SeededSelection.choose(5, 2, random)), 1, Integer::sum);
        }
        double expected = samples / 10.0;
        double chiSquared = counts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();

        assertThat(counts).hasSize(10);
        assertThat(chiSquared).isLessThan(CHI_SQUARED_9_DOF_P001);
    }

    @Test
    void choosesAscendingDistinctIndicesAndTheirComplement() {
        int[] chosen = SeededSelection.choose(50, 20, new SplittableRandom(7));

        assertThat(chosen).hasSize(20).isSorted().doesNotHaveDuplicates();
        assertThat(chosen[0]).isNotNegative();
        assertThat(chosen[19]).isLessThan(50);
        assertThat(SeededSelection.complement(50, chosen)).hasSize(30).isSorted().doesNotContain(chosen);
        assertThat(SeededSelection.choose(4, 0, new SplittableRandom(7))).isEmpty();
        assertThat(SeededSelection.choose(4, 4, new SplittableRandom(7))).containsExactly(0, 1, 2, 3);
        assertThatThrownBy(() -> SeededSelection.choose(4, 5, new SplittableRandom(7)))
                .hasMessage("cannot choose 5 of 4");
    }
}
