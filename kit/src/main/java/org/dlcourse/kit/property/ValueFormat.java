package org.dlcourse.kit.property;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Pretty-printing of generated values for counterexamples: numbers exactly (the shortest text that reads back as
 * the same value), tensors as {@code DTYPE [shape] [[values]]}, large tensors summarised like NumPy does (long axes
 * elided in the middle); a summarised tensor is the only inexact rendering.
 */
public final class ValueFormat {

    /** Tensors with more elements than this are summarised (NumPy's {@code threshold} is 1000; ours fits a line). */
    static final int SUMMARY_THRESHOLD = 64;
    /** In a summarised tensor, an axis longer than twice this shows only its first and last this many entries. */
    static final int EDGE_ITEMS = 3;

    private ValueFormat() {
    }

    /** A readable rendering of {@code value}: tensors, primitive arrays and doubles get special care. */
    public static String show(Object value) {
        if (value instanceof INDArray tensor) {
            return tensor(tensor);
        }
        if (value instanceof Double number) {
            return number(number);
        }
        if (value instanceof Float number) {
            return number(number.floatValue());
        }
        if (value instanceof double[] numbers) {
            return vector(numbers);
        }
        if (value instanceof int[] numbers) {
            return Arrays.toString(numbers);
        }
        if (value instanceof long[] numbers) {
            return Arrays.toString(numbers);
        }
        if (value instanceof Object[] objects) {
            return Arrays.stream(objects).map(ValueFormat::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Record record && printsArraysByIdentity(record)) {
            // A record's generated toString prints arrays by identity hash, different in every JVM: show them.
            return components(record, ValueFormat::show);
        }
        if (value != null && !printable(value.getClass())) {
            // Object's toString holds an identity hash, different in every JVM: a report must read the same each run.
            return "a " + typeName(value.getClass()) + " (no printed value)";
        }
        return String.valueOf(value);
    }

    /**
     * The name of {@code type} as a report shows it, the same in every JVM: its simple name, a lambda's by the
     * interface it implements ({@code Function}), since a lambda's own class name holds a number that varies.
     */
    static String typeName(Class<?> type) {
        if ((type.isHidden() || type.isSynthetic()) && type.getInterfaces().length > 0) {
            return type.getInterfaces()[0].getSimpleName();
        }
        String name = type.getSimpleName();
        return name.isEmpty() ? type.getName() : name;
    }

    /**
     * Whether {@code record} has an array component and its toString is the generated one, {@code Name[a=..., b=...]}
     * with arrays as {@code [D@1b6d3586} (matched as a pattern: an accessor may return a copy, of another identity).
     */
    private static boolean printsArraysByIdentity(Record record) {
        if (Arrays.stream(record.getClass().getRecordComponents()).noneMatch(component -> component.getType().isArray())) {
            return false;
        }
        String identity = "\\[+[^@\\s]*@[0-9a-f]+";
        String generated = components(record, component -> component != null && component.getClass().isArray()
                ? "\\E" + identity + "\\Q" : String.valueOf(component).replace("\\E", "\\E\\\\E\\Q"));
        return record.toString().matches("\\Q" + generated + "\\E");
    }

    /** {@code Name[a=..., b=...]}, the form of a record's generated toString, each component written by {@code text}. */
    private static String components(Record record, Function<Object, String> text) {
        return Arrays.stream(record.getClass().getRecordComponents()).map(component -> {
            try {
                component.getAccessor().setAccessible(true);
                return component.getName() + "=" + text.apply(component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                return component.getName() + "=?";
            }
        }).collect(Collectors.joining(", ", record.getClass().getSimpleName() + "[", "]"));
    }

    /** Whether {@code type} says what its value is: it overrides {@link Object#toString()}. */
    private static boolean printable(Class<?> type) {
        try {
            return type.getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException impossible) {
            throw new AssertionError("every class has toString", impossible);
        }
    }

    /**
     * A number exactly: as an integer when it is one (up to 1e15), otherwise with the fewest significant digits
     * (at most 17, in {@code %g} notation) that read back as the same double, so a counterexample can be retyped.
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        for (int digits = 1; digits < 17; digits++) {
            String text = significant(value, digits);
            if (Double.parseDouble(text) == value) {
                return text;
            }
        }
        return significant(value, 17);
    }

    /** A float exactly, like {@link #number(double)}: the fewest significant digits (at most 9) that read back. */
    public static String number(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value) || value == Math.rint(value) && Math.abs(value) < 1e15) {
            return number((double) value);
        }
        for (int digits = 1; digits < 9; digits++) {
            String text = significant(value, digits);
            if (Float.parseFloat(text) == value) {
                return text;
            }
        }
        return significant(value, 9);
    }

    /** {@code value} in {@code %.<digits>g} without trailing zeros. */
    private static String significant(double value, int digits) {
        String text = String.format(Locale.ROOT, "%." + digits + "g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        String suffix = exponent < 0 ? "" : text.substring(exponent);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + suffix;
    }

    /** A tensor as {@code DOUBLE [2, 3] [[1, 2, 3], [4, 5, 6]]}. */
    public static String tensor(INDArray tensor) {
        long[] shape = tensor.shape();
        String header = tensor.dataType() + " " + Arrays.toString(shape) + " ";
        if (tensor.isEmpty()) {
            return header + "[]";
        }
        double[] values = TensorValues.rowMajor(tensor);
        DoubleFunction<String> element = tensor.dataType() == DataType.DOUBLE ? ValueFormat::number
                : x -> number((float) x);
        if (shape.length == 0) {
            return header + element.apply(values[0]);
        }
        return header + nested(values, shape, element);
    }

    private static String vector(double[] values) {
        return nested(values, new long[] {values.length}, ValueFormat::number);
    }

    private static String nested(double[] values, long[] shape, DoubleFunction<String> element) {
        StringBuilder text = new StringBuilder();
        appendAxis(text, values, shape, 0, 0, values.length > SUMMARY_THRESHOLD, element);
        return text.toString();
    }

    /** Appends the block of {@code values} at {@code axis} that starts at the flat index {@code offset}. */
    private static void appendAxis(StringBuilder text, double[] values, long[] shape, int axis, long offset,
            boolean summarise, DoubleFunction<String> element) {
        long stride = 1;
        for (int later = axis + 1; later < shape.length; later++) {
            stride *= shape[later];
        }
        long length = shape[axis];
        text.append('[');
        for (long index = 0; index < length; index++) {
            if (summarise && length > 2 * EDGE_ITEMS && index == EDGE_ITEMS) {
                text.append("..., ");
                index = length - EDGE_ITEMS;
            }
            if (axis == shape.length - 1) {
                text.append(element.apply(values[(int) (offset + index)]));
            } else {
                appendAxis(text, values, shape, axis + 1, offset + index * stride, summarise, element);
            }
            if (index < length - 1) {
                text.append(", ");
            }
        }
        text.append(']');
    }
}
