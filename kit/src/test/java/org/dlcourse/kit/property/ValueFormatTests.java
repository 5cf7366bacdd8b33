package org.dlcourse.kit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Counterexamples are printed compactly and exactly enough to retype them. */
class ValueFormatTests {

    /** A value without its own toString (a student's network, say) prints the same in every JVM: no identity hash. */
    @Test
    void anObjectWithoutItsOwnToStringIsNamedByItsClassNotItsIdentity() {
        class Layer { }

        assertEquals("a Layer (no printed value)", ValueFormat.show(new Layer()));
        assertEquals("[a Layer (no printed value), 1.5, [1, 2]]",
                ValueFormat.show(new Object[] {new Layer(), 1.5, new int[] {1, 2}}));
    }

    @Test
    void integersPrintWithoutDecimalsAndOthersWithTheFewestDigitsThatReadBack() {
        assertEquals("0", ValueFormat.number(0));
        assertEquals("0", ValueFormat.number(-0.0));
        assertEquals("-1000", ValueFormat.number(-1000));
        assertEquals("0.5", ValueFormat.number(0.5));
        assertEquals("3.141592653589793", ValueFormat.number(Math.PI));
        assertEquals("0.30000000000000004", ValueFormat.number(0.1 + 0.2));
        assertEquals("1e-12", ValueFormat.number(1e-12));
        assertEquals("-1.234567e+20", ValueFormat.number(-1.234567e20));
        assertEquals("NaN", ValueFormat.number(Double.NaN));
        assertEquals("-Infinity", ValueFormat.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void everyDoubleAndFloatReadsBackExactly() {
        SplittableRandom random = new SplittableRandom(20261207L);
        for (int i = 0; i < 10_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Double.isNaN(x)) {
                assertEquals(x, Double.parseDouble(ValueFormat.number(x)));
            }
            if (!Float.isNaN(f)) {
                assertEquals(f, Float.parseFloat(ValueFormat.number(f)));
            }
        }
    }

    @Test
    void floatTensorsShowTheFloatNotItsWidenedDouble() {
        assertEquals("FLOAT [1, 2] [[0.1, -1000.25]]",
                ValueFormat.show(Nd4j.create(new float[] {0.1f, -1000.25f}, new long[] {1, 2}, DataType.FLOAT)));
    }

    @Test
    void aTensorShowsDtypeShapeAndNestedValues() {
        assertEquals("DOUBLE [1, 2] [[0, 1000]]",
                ValueFormat.show(Nd4j.create(new double[] {0, 1000}, new long[] {1, 2}, DataType.DOUBLE)));
        assertEquals("FLOAT [2, 1, 2] [[[0.5, 1]], [[2, 3]]]",
                ValueFormat.show(Nd4j.create(new double[] {0.5, 1, 2, 3}, new long[] {2, 1, 2}, DataType.FLOAT)));
    }

    @Test
    void largeTensorsAreSummarisedAndSmallOnesPrintedInFull() {
        assertEquals("DOUBLE [1, 100] [[0, 1, 2, ..., 97, 98, 99]]", ValueFormat.show(counting(1, 100)));
        assertEquals("DOUBLE [100, 1] [[0], [1], [2], ..., [97], [98], [99]]", ValueFormat.show(counting(100, 1)));
        assertEquals("DOUBLE [10, 10] [[0, 1, 2, ..., 7, 8, 9], [10, 11, 12, ..., 17, 18, 19], "
                + "[20, 21, 22, ..., 27, 28, 29], ..., [70, 71, 72, ..., 77, 78, 79], [80, 81, 82, ..., 87, 88, 89], "
                + "[90, 91, 92, ..., 97, 98, 99]]", ValueFormat.show(counting(10, 10)));
        assertEquals("DOUBLE [1, 8] [[0, 1, 2, 3, 4, 5, 6, 7]]", ValueFormat.show(counting(1, 8)));
    }

    /** The {@code rows × columns} matrix holding 0, 1, 2, ... in row-major order. */
    private static INDArray counting(int rows, int columns) {
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        return Nd4j.create(values, new long[] {rows, columns}, DataType.DOUBLE);
    }

    @Test
    void javaArraysAndOtherValuesPrintPlainly() {
        assertEquals("[2, 0, 1]", ValueFormat.show(new int[] {2, 0, 1}));
        assertEquals("[0.25, 3]", ValueFormat.show(new double[] {0.25, 3}));
        assertEquals("true", ValueFormat.show(true));
    }
}
