package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class DatasetTests {

    @Test
    void selectCopiesTheRowsAndLabelsInTheGivenOrder() {
        Dataset data = Datasets.identified(6, 3);

        Dataset selected = data.select(4, 0, 4);

        assertThat(Datasets.ids(selected)).containsExactly(4, 0, 4);
        assertThat(selected.images().getDouble(0, 1)).isEqualTo(-4.0);
        assertThat(selected.labels()).containsExactly(1, 0, 1);
        assertThat(selected.classNames()).isEqualTo(data.classNames());
        selected.images().putScalar(1, 0, 99);
        assertThat(data.images().getDouble(0, 0)).isZero();
    }

    @Test
    void selectKeepsTheDataType() {
        Dataset floats = new Dataset(Nd4j.create(DataType.FLOAT, 3, 4), new int[] {0, 1, 0}, List.of("a", "b"));

        assertThat(floats.select(2).images().dataType()).isEqualTo(DataType.FLOAT);
        assertThat(floats.select(2).images().shape()).containsExactly(1, 4);
    }

    @Test
    void selectRejectsNoIndexAndIndicesOutsideTheSamples() {
        Dataset data = Datasets.identified(6, 3);

        assertThatThrownBy(() -> data.select()).hasMessageContaining("at least one index");
        assertThatThrownBy(() -> data.select(2, 6)).hasMessageContaining("index 6 outside [0, 6)");
        assertThatThrownBy(() -> data.select(-1)).hasMessageContaining("index -1 outside [0, 6)");
    }

    @Test
    void countsTheSamplesOfEachClass() {
        assertThat(Datasets.identified(7, 3).classCounts()).containsExactly(3, 2, 2);
    }

    @Test
    void rejectsInconsistentComponents() {
        List<String> names = List.of("a", "b");

        assertThatThrownBy(() -> new Dataset(Nd4j.create(DataType.DOUBLE, 2, 3), new int[] {0}, names))
                .hasMessageContaining("2 images but 1 labels");
        assertThatThrownBy(() -> new Dataset(Nd4j.create(DataType.DOUBLE, 2, 3), new int[] {0, 2}, names))
                .hasMessageContaining("label 2 of sample 1 is not a class id in [0, 2)");
        assertThatThrownBy(() -> new Dataset(Nd4j.create(DataType.DOUBLE, 2, 3, 1), new int[] {0, 1}, names))
                .hasMessageContaining("[n, features] matrix");
        assertThatThrownBy(() -> new Dataset(Nd4j.create(DataType.INT32, 2, 3), new int[] {0, 1}, names))
                .hasMessageContaining("FLOAT or DOUBLE");
        assertThatThrownBy(() -> new Dataset(Nd4j.create(DataType.DOUBLE, 2, 3), new int[] {0, 0}, List.of()))
                .hasMessageContaining("at least one class");
    }

    @Test
    void equalityComparesContentNotIdentity() {
        Dataset data = Datasets.identified(5, 2);
        Dataset same = Datasets.identified(5, 2);
        Dataset otherImages = new Dataset(data.images().add(1), data.labels(), data.classNames());
        Dataset otherLabels = new Dataset(data.images(), new int[] {1, 1, 0, 1, 0}, data.classNames());

        assertThat(data).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(otherImages).isNotEqualTo(otherLabels);
        assertThat(data).hasToString("Dataset[n=5, features=2, DOUBLE, classes=[c0, c1]]");
    }
}
