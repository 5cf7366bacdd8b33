package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class SplitTests {

    @Test
    void validationComesFromTheTrainingSamplesOnly() {
        Dataset train = Datasets.identified(40, 4);
        Dataset test = new Dataset(Nd4j.valueArrayOf(new long[] {10, 2}, 1000.0, DataType.DOUBLE), new int[10],
                Datasets.names(4));

        ValidationSplit parts = new Split(train, test).validationSplit(8, 1);

        assertThat(Datasets.ids(parts.train())).doesNotContain(1000);
        assertThat(Datasets.ids(parts.validation())).doesNotContain(1000);
        assertThat(parts.train().size() + parts.validation().size()).isEqualTo(40);
    }

    @Test
    void validationSizeLeavesSamplesOnBothSides() {
        Split split = new Split(Datasets.identified(10, 2), Datasets.identified(3, 2));

        assertThatThrownBy(() -> split.validationSplit(0, 1)).hasMessageContaining("a validation set of 0 samples");
        assertThatThrownBy(() -> split.validationSplit(10, 1)).hasMessageContaining("a validation set of 10 samples");
        assertThat(split.validationSplit(9, 1).train().size()).isEqualTo(1);
    }

    @Test
    void trainAndTestMustDescribeTheSameTask() {
        Dataset twoClasses = Datasets.identified(4, 2);

        assertThatThrownBy(() -> new Split(twoClasses, Datasets.identified(4, 3))).hasMessageContaining("classes");
        assertThatThrownBy(() -> new Split(twoClasses,
                new Dataset(Nd4j.create(DataType.DOUBLE, 1, 5), new int[1], List.of("c0", "c1"))))
                .hasMessageContaining("train has 2 features, test 5");
    }
}
