package org.dlcourse.kit.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import org.dlcourse.kit.random.RandomTensors;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TensorsTests {

    @Test
    void matrixElementsMatchGetDoubleForViewsAndFortranOrder() {
        INDArray base = RandomTensors.gaussian(Seeds.random("TensorsTests.views"), 4, 5);
        INDArray[] layouts = {base, base.transpose(), base.dup('f'), base.get(interval(1, 3), interval(2, 5))};
        for (INDArray tensor : layouts) {
            double[][] matrix = Tensors.toDoubleMatrix(tensor);
            double[] flat = Tensors.toDoubleArray(tensor);
            assertThat(matrix).hasNumberOfRows(tensor.rows());
            for (int r = 0; r < tensor.rows(); r++) {
                for (int c = 0; c < tensor.columns(); c++) {
                    assertThat(matrix[r][c]).isEqualTo(tensor.getDouble(r, c));
                    assertThat(flat[r * tensor.columns() + c]).isEqualTo(tensor.getDouble(r, c));
                }
            }
        }
    }

    @Test
    void floatValuesAreWidenedExactly() {
        INDArray doubles = RandomTensors.uniform(Seeds.random("TensorsTests.float"), -3, 3, 7);
        INDArray floats = doubles.castTo(DataType.FLOAT);
        double[] widened = Tensors.toDoubleArray(floats);
        for (int i = 0; i < widened.length; i++) {
            assertThat(widened[i]).isEqualTo((double) (float) doubles.getDouble(i));
        }
    }

    @Test
    void emptyAndScalarTensors() {
        assertThat(Tensors.toDoubleArray(Nd4j.create(DataType.DOUBLE, 0, 3))).isEmpty();
        assertThat(Tensors.toDoubleArray(Nd4j.scalar(2.5))).containsExactly(2.5);
    }

    @Test
    void matrixRequiresRankTwo() {
        assertThatThrownBy(() -> Tensors.toDoubleMatrix(Nd4j.zeros(DataType.DOUBLE, 2, 3, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 3, 4]");
    }
}
