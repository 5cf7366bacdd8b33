package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BinaryGroupingTests {

    @Test
    void relabelsTheGroupedClassesAndLeavesTheOthersOut() {
        Dataset data = Datasets.identified(12, 4);

        Dataset binary = new BinaryGrouping("even", Set.of(0, 2), "three", Set.of(3)).apply(data);

        assertThat(Datasets.ids(binary)).containsExactly(0, 2, 3, 4, 6, 7, 8, 10, 11);
        assertThat(binary.labels()).containsExactly(0, 0, 1, 0, 0, 1, 0, 0, 1);
        assertThat(binary.classNames()).containsExactly("even", "three");
        assertThat(binary.features()).isEqualTo(2);
    }

    @Test
    void rejectsOverlappingEmptyAndNegativeIds() {
        assertThatThrownBy(() -> new BinaryGrouping("a", Set.of(1, 2), "b", Set.of(2, 3)))
                .hasMessage("class id 2 is in both a and b");
        assertThatThrownBy(() -> new BinaryGrouping("a", Set.of(), "b", Set.of(2)))
                .hasMessage("both super-classes need at least one class id");
        assertThatThrownBy(() -> new BinaryGrouping("a", Set.of(-1), "b", Set.of(2)))
                .hasMessageContaining("class ids are not negative");
    }

    @Test
    void rejectsIdsTheDataDoesNotHave() {
        BinaryGrouping grouping = new BinaryGrouping("a", Set.of(0), "b", Set.of(10));

        assertThatThrownBy(() -> grouping.apply(Datasets.identified(12, 10)))
                .hasMessage("class id 10 is unknown: the data set has 10 classes "
                        + "[c0, c1, c2, c3, c4, c5, c6, c7, c8, c9]");
    }

    @Test
    void rejectsAGroupingThatKeepsNoSample() {
        BinaryGrouping grouping = new BinaryGrouping("a", Set.of(2), "b", Set.of(3));

        assertThatThrownBy(() -> grouping.apply(Datasets.identified(2, 4))).hasMessage("no sample belongs to a or b");
    }
}
