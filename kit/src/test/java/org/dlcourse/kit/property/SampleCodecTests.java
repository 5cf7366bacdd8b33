package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Type;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The exact text form of generated arguments reads back as the same values, for every type it covers. */
class SampleCodecTests {

    enum Kind { LINEAR, QUADRATIC }

    record Case(Kind kind, double[] weights, int[][] labels, INDArray x, List<Long> seeds, String note, Double scale) {
    }

    interface Shape {
    }

    record Square(double side) implements Shape {
    }

    @Test
    void numbersReadBackBitForBit() throws ReflectiveOperationException {
        List<Object> values = List.of(0.1 + 0.2, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, 1e-300, 3.4028235e38f,
                Long.MIN_VALUE, -7, true);
        List<Type> types = List.of(double.class, double.class, double.class, Double.class, double.class,
                float.class, long.class, int.class, boolean.class);

        String text = SampleCodec.encode(values);

        assertEquals("0.30000000000000004;-0.0;NaN;-Infinity;1e-300;3.4028235e+38;-9223372036854775808;-7;true", text);
        List<Object> read = SampleCodec.decode(text, types);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) read.get(1)));
        assertEquals(values.subList(2, values.size()), read.subList(2, read.size()));
    }

    @Test
    void recordsWithTensorsArraysListsEnumsAndStringsRoundTrip() throws ReflectiveOperationException {
        INDArray x = Nd4j.create(new float[] {0.1f, -2.5f, 1e-7f, 3}, new long[] {2, 1, 2}, DataType.FLOAT);
        Case original = new Case(Kind.QUADRATIC, new double[] {1 / 3.0, -1e20}, new int[][] {{1, 2}, {}}, x,
                List.of(5L, -1L), "a \"quoted\" \\ note", null);

        String text = SampleCodec.encodeIfExact(List.of(original), List.of(Case.class));
        Case read = (Case) SampleCodec.decode(text, List.of(Case.class)).get(0);

        assertEquals(Kind.QUADRATIC, read.kind());
        assertArrayEquals(original.weights(), read.weights());
        assertArrayEquals(original.labels(), read.labels());
        assertEquals(DataType.FLOAT, read.x().dataType());
        assertArrayEquals(x.shape(), read.x().shape());
        assertArrayEquals(x.data().asFloat(), read.x().data().asFloat());
        assertEquals(original.seeds(), read.seeds());
        assertEquals(original.note(), read.note());
        assertNull(read.scale());
    }

    @Test
    void aValueWithoutATextFormHasNoReplay() {
        assertNull(SampleCodec.encodeIfExact(List.of(new Object()), List.of(Object.class)));
        assertNull(SampleCodec.encodeIfExact(List.of(new Square(2)), List.of(Shape.class)));
        assertThat(SampleCodec.encodeIfExact(List.of(new Square(2)), List.of(Square.class))).isEqualTo("(2)");
    }
}
