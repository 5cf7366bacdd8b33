package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BalancedSubsetsTests {

    /** 23 samples of 4 classes: class 0 has 6 samples (ids 0, 4, …, 20), classes 1–3 have 6, 6 and 5. */
    private final Dataset data = Datasets.identified(23, 4);

    @Test
    void firstTakesTheEarliestSamplesOfEveryClassInOrder() {
        Dataset first = BalancedSubsets.first(data, 2);

        assertThat(Datasets.ids(first)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(first.classCounts()).containsExactly(2, 2, 2, 2);
    }

    @Test
    void sampleTakesKOfEveryClassDeterminedByTheSeed() {
        Dataset sample = BalancedSubsets.sample(data, 3, 11);

        int[] ids = Datasets.ids(sample);
        assertThat(sample.classCounts()).containsExactly(3, 3, 3, 3);
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(IntStream.of(ids).max().orElseThrow()).isLessThan(23);
        assertThat(sample.labels()).containsExactly(IntStream.of(ids).map(id -> id % 4).toArray());
        assertThat(BalancedSubsets.sample(data, 3, 11)).isEqualTo(sample);
    }

    @Test
    void sampleReachesBeyondTheFirstSamples() {
        boolean sawLaterSample = IntStream.range(0, 20)
                .mapToObj(seed -> Datasets.ids(BalancedSubsets.sample(data, 2, seed)))
                .anyMatch(ids -> !Arrays.equals(ids, Datasets.ids(BalancedSubsets.first(data, 2))));

        assertThat(sawLaterSample).isTrue();
    }

    @Test
    void rejectsKAboveTheSmallestClassAndKBelowOne() {
        assertThatThrownBy(() -> BalancedSubsets.first(data, 6))
                .hasMessage("class 3 (c3) has 5 samples, fewer than k = 6");
        assertThatThrownBy(() -> BalancedSubsets.sample(data, 0, 1)).hasMessage("k must be at least 1, got 0");
        assertThat(BalancedSubsets.sample(data, 5, 1).size()).isEqualTo(20);
    }
}
