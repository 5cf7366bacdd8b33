package org.dlcourse.kit.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.SplittableRandom;
import org.dlcourse.kit.random.RandomTensors;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class TensorAssertTests {

    private static final Tolerance TIGHT = Tolerance.of(1e-9, 1e-7);

    @Test
    void hasShapeAcceptsTheShapeAndNamesBothShapesOtherwise() {
        INDArray tensor = Nd4j.zeros(DataType.DOUBLE, 2, 3);
        assertThat(tensor).hasShape(2, 3);
        assertThatThrownBy(() -> assertThat(tensor).hasShape(3, 2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[3, 2]").hasMessageContaining("[2, 3]");
        assertThatThrownBy(() -> assertThat(Nd4j.scalar(1.0)).hasShape(1))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[]");
    }

    @Test
    void hasDataTypeNamesBothTypes() {
        INDArray floats = Nd4j.zeros(DataType.FLOAT, 2);
        assertThat(floats).hasDataType(DataType.FLOAT);
        assertThatThrownBy(() -> assertThat(floats).hasDataType(DataType.DOUBLE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DOUBLE").hasMessageContaining("FLOAT");
    }

    @Test
    void nullActualFailsAsAssertionNotNullPointer() {
        assertThatThrownBy(() -> assertThat((INDArray) null).hasShape(1)).isInstanceOf(AssertionError.class);
    }

    @Test
    void isAllFiniteNamesTheFirstNonFiniteElementAndTheCount() {
        INDArray tensor = RandomTensors.gaussian(Seeds.random("TensorAssertTests.finite"), 3, 4);
        assertThat(tensor).isAllFinite();
        tensor.putScalar(new long[] {2, 0}, Double.POSITIVE_INFINITY);
        tensor.putScalar(new long[] {1, 2}, Double.NaN);
        assertThatThrownBy(() -> assertThat(tensor).isAllFinite())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 2 are not")
                .hasMessageContaining("NaN at [1, 2]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "b", "c", "d", "e"})
    void isCloseToAcceptsDeviationsWithinTheTolerance(String seed) {
        SplittableRandom random = Seeds.random("TensorAssertTests.within." + seed);
        INDArray expected = RandomTensors.gaussian(random, 3, 4, 2);
        INDArray noise = RandomTensors.uniform(random, -0.99, 0.99, 3, 4, 2);
        // Each element moves by at most 0.99 of its own bound 1e-9 + 1e-7·|e|.
        INDArray actual = expected.add(noise.mul(Transforms.abs(expected).mul(1e-7).add(1e-9)));
        assertThat(actual).isCloseTo(expected, TIGHT);
        assertThat(actual.neq(expected).any()).as("the noise must change the tensor").isTrue();
    }

    @Test
    void isCloseToNamesFirstOffenderLargestDeviationAndCount() {
        INDArray expected = RandomTensors.gaussian(Seeds.random("TensorAssertTests.offenders"), 3, 4);
        INDArray actual = expected.dup();
        actual.putScalar(new long[] {0, 3}, expected.getDouble(0, 3) + 2e-3);
        actual.putScalar(new long[] {2, 1}, expected.getDouble(2, 1) - 5e-3);
        assertThatThrownBy(() -> assertThat(actual).isCloseTo(expected, TIGHT))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 of 12 elements")
                .hasMessageContaining("first at [0, 3]: actual " + actual.getDouble(0, 3)
                        + ", expected " + expected.getDouble(0, 3))
                .hasMessageContaining("largest |diff| " + Math.abs(actual.getDouble(2, 1) - expected.getDouble(2, 1))
                        + " at [2, 1]");
    }

    @Test
    void shapeMismatchIsReportedBeforeAnyValue() {
        INDArray actual = Nd4j.zeros(DataType.DOUBLE, 2, 3);
        assertThatThrownBy(() -> assertThat(actual).isCloseTo(Nd4j.zeros(DataType.DOUBLE, 3, 2), TIGHT))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("shapes differ").hasMessageContaining("[3, 2]")
                .hasMessageNotContaining("elements");
        assertThatThrownBy(() -> assertThat(actual).isCloseTo(Nd4j.zeros(DataType.DOUBLE, 6), TIGHT))
                .isInstanceOf(AssertionError.class).hasMessageContaining("shapes differ");
    }

    @Test
    void aNonFiniteResultIsNamedAsSuchAndTheLargestDeviationSkipsIt() {
        INDArray expected = Nd4j.create(new double[] {1.0, 2.0, 3.0}, new long[] {3}, DataType.DOUBLE);
        INDArray actual = Nd4j.create(new double[] {1.5, Double.NaN, 3.0}, new long[] {3}, DataType.DOUBLE);
        assertThatThrownBy(() -> assertThat(actual).isCloseTo(expected, Tolerance.absolute(0.1)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Non-finite result: the tensor holds NaN at [1] (1 of 3 elements are not"
                        + " finite) where a finite value was expected\n")
                .hasMessageContaining("2 of 3 elements")
                .hasMessageContaining("largest |diff| 0.5 at [0]");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aNonFiniteExpectedValueIsNeverShownAsTheAnswer(double nonFinite) {
        INDArray expected = Nd4j.create(new double[] {1.0, nonFinite}, new long[] {2}, DataType.DOUBLE);
        INDArray actual = Nd4j.create(new double[] {1.0, Double.NaN}, new long[] {2}, DataType.DOUBLE);
        if (Double.isNaN(nonFinite)) {
            assertThatThrownBy(() -> assertThat(actual).isCloseTo(expected, Tolerance.absolute(1.0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Non-finite reference: the expected tensor of shape [2] holds 1"
                            + " non-finite of 2 elements, the first NaN at [1]")
                    .hasMessageContaining("the test itself is wrong")
                    .hasMessageNotContaining("expected NaN");
        } else {
            assertThatThrownBy(() -> assertThat(actual).isCloseTo(expected, Tolerance.absolute(1.0)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("Non-finite result: the tensor holds NaN at [1]");
        }
    }

    @Test
    void isAllFiniteForRelatesTheFirstNonFiniteRowToItsInput() {
        INDArray logits = Nd4j.create(new double[][] {{1, 2}, {710, 0}, {3, 4}});
        INDArray overflowed = Nd4j.create(new double[][] {{0.3, 0.7}, {Double.NaN, 0}, {0.3, 0.7}});
        INDArray underflowed = Nd4j.create(new double[][] {{0.3, 0.7}, {0.5, 0.5}, {Double.NEGATIVE_INFINITY, 0}});
        INDArray tiny = Nd4j.create(new double[][] {{1, 2}, {0, 0}, {-746, 0}});

        assertThat(overflowed.getRow(0, true)).isAllFiniteFor("softmax", logits, "logit");
        assertThatThrownBy(() -> assertThat(overflowed).isAllFiniteFor("softmax", logits, "logit"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Non-finite result: softmax returned NaN in row 1 (at [1, 0]; 1 of 6 elements are not"
                        + " finite); its largest logit is 710: exp overflows above 709.78");
        assertThatThrownBy(() -> assertThat(underflowed).isAllFiniteFor("log-softmax", tiny, "logit"))
                .hasMessageEndingWith("returned -Infinity in row 2 (at [2, 0]; 1 of 6 elements are not finite);"
                        + " its smallest logit is -746: exp underflows to 0 below -745.13 (and overflows above 709.78)");
        assertThatThrownBy(() -> assertThat(underflowed).isAllFiniteFor("log-softmax", logits, "logit"))
                .hasMessageEndingWith("its logits lie in [3, 4], where exp neither overflows nor underflows");
    }

    @Test
    void floatResultsAreComparedWithTheirActualPrecision() {
        INDArray expected = RandomTensors.uniform(Seeds.random("TensorAssertTests.float"), 0.1, 1.0, 4, 4);
        INDArray asFloat = expected.castTo(DataType.FLOAT);
        // Rounding to float moves a value in [0.1, 1) by up to 2⁻²⁵ ≈ 3e-8, which a 1e-12 tolerance must see.
        assertThatThrownBy(() -> assertThat(asFloat).isCloseTo(expected, Tolerance.absolute(1e-12)))
                .isInstanceOf(AssertionError.class);
        assertThat(asFloat).isCloseTo(expected, Tolerance.relative(1e-7));
    }

    @Test
    void viewsCompareByTheirLogicalElements() {
        INDArray matrix = RandomTensors.gaussian(Seeds.random("TensorAssertTests.view"), 3, 5);
        assertThat(matrix.transpose()).isCloseTo(matrix.transpose().dup('c'), Tolerance.of(0, 0));
        assertThat(matrix.transpose()).isCloseTo(Tensors.toDoubleMatrix(matrix.transpose()), Tolerance.of(0, 0));
        assertThatThrownBy(() -> assertThat(matrix.transpose()).isCloseTo(matrix.dup(), Tolerance.of(0, 0)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("shapes differ");
    }

    @Test
    void matrixAndVectorConveniences() {
        INDArray matrix = RandomTensors.gaussian(Seeds.random("TensorAssertTests.arrays"), 2, 3);
        double[][] rows = Tensors.toDoubleMatrix(matrix);
        assertThat(matrix).isCloseTo(rows, TIGHT);
        rows[1][2] += 1.0;
        assertThatThrownBy(() -> assertThat(matrix).isCloseTo(rows, TIGHT))
                .isInstanceOf(AssertionError.class).hasMessageContaining("first at [1, 2]");
        assertThatThrownBy(() -> assertThat(matrix).isCloseTo(new double[][] {{1, 2, 3}, {4, 5}}, TIGHT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ragged");

        INDArray vector = matrix.getRow(0).dup();
        assertThat(vector).isCloseTo(Tensors.toDoubleArray(vector), TIGHT);
        assertThatThrownBy(() -> assertThat(matrix).isCloseTo(Tensors.toDoubleArray(matrix), TIGHT))
                .isInstanceOf(AssertionError.class).hasMessageContaining("shapes differ");
    }

    @Test
    void hasRowSumsAcceptsNormalisedRowsAndNamesTheFirstBadRow() {
        INDArray positive = RandomTensors.uniform(Seeds.random("TensorAssertTests.rows"), 0.1, 1.0, 5, 4);
        INDArray normalised = positive.divColumnVector(positive.sum(1).reshape(5, 1));
        assertThat(normalised).hasRowSums(1.0, Tolerance.absolute(1e-12));
        normalised.putScalar(new long[] {3, 0}, normalised.getDouble(3, 0) + 0.25);
        assertThatThrownBy(() -> assertThat(normalised).hasRowSums(1.0, Tolerance.absolute(1e-12)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 of 5 rows")
                .hasMessageContaining("first: row 3")
                .hasMessageContaining("at row 3");
        assertThatThrownBy(() -> assertThat(Nd4j.ones(DataType.DOUBLE, 4)).hasRowSums(1.0, Tolerance.absolute(1)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("rank 2");
    }

    @Test
    void assertionsChainAndKeepTheirDescription() {
        INDArray tensor = RandomTensors.gaussian(Seeds.random("TensorAssertTests.chain"), 2, 2);
        assertThatCode(() -> assertThat(tensor).hasShape(2, 2).hasDataType(DataType.DOUBLE).isAllFinite()
                .isCloseTo(tensor.dup(), TIGHT)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(tensor).as("softmax of the logits").hasShape(3, 3))
                .hasMessageContaining("softmax of the logits");
    }
}
