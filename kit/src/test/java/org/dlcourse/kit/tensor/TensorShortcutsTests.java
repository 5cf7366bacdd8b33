package org.dlcourse.kit.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TensorShortcutsTests {

    private static INDArray matrix(DataType type) {
        return Nd4j.createFromArray(new double[][] {{1, 2, 3}, {4, 5, 6}}).castTo(type);
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"})
    void rowMajorValuesOfWholeArraysViewsAndFortranOrder(DataType type) {
        INDArray whole = matrix(type);

        assertThat(RowMajor.values(whole)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(RowMajor.values(whole.dup('f'))).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(RowMajor.values(whole.transpose())).containsExactly(1, 4, 2, 5, 3, 6);
        assertThat(RowMajor.values(whole.getRow(1))).containsExactly(4, 5, 6);
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"})
    void addScaledOnWholeArraysAndOnViews(DataType type) {
        INDArray y = matrix(type);
        InPlace.addScaled(-2.0, matrix(type), y);
        assertThat(RowMajor.values(y)).containsExactly(-1, -2, -3, -4, -5, -6);

        INDArray target = matrix(type);
        InPlace.addScaled(10.0, matrix(type).dup('f'), target);
        assertThat(RowMajor.values(target)).containsExactly(11, 22, 33, 44, 55, 66);

        INDArray withView = matrix(type);
        InPlace.addScaled(1.0, matrix(type).getRow(0), withView.getRow(1));
        assertThat(RowMajor.values(withView)).containsExactly(1, 2, 3, 5, 7, 9);
    }

    @Test
    void addScaledLeavesXUnchanged() {
        INDArray x = matrix(DataType.DOUBLE);
        InPlace.addScaled(3.0, x, matrix(DataType.DOUBLE));
        assertThat(RowMajor.values(x)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void addScaledRejectsMismatchedArrays() {
        assertThatThrownBy(() -> InPlace.addScaled(1.0, matrix(DataType.DOUBLE), matrix(DataType.FLOAT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InPlace.addScaled(1.0, matrix(DataType.DOUBLE), matrix(DataType.DOUBLE).transpose()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
