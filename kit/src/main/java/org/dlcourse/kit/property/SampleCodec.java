package org.dlcourse.kit.property;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An exact text form of a property's generated arguments, from which {@code -Ddlcourse.replay} rebuilds them
 * with no seed involved.
 *
 * <p>The form, decoded against the parameters' declared types: numbers with the fewest digits that read back
 * exactly ({@code NaN}, {@code Infinity}, {@code -0.0} included); {@code true}/{@code false}; strings in double
 * quotes with {@code \"} and {@code \\} escaped; enum constants by name; {@code null}; arrays and lists as
 * {@code [a,b]}; records as {@code (component,component)} through their canonical constructor; tensors as
 * {@code (DTYPE,[shape],[row-major values])}. Arguments are separated by {@code ;}. Any other type (an interface, a
 * class that is not a record) has no form, and the failure then offers the seed alone.
 */
final class SampleCodec {

    private SampleCodec() {
    }

    /** The text of {@code arguments}, or null if one of them has no text form or does not read back the same. */
    static String encodeIfExact(List<Object> arguments, List<Type> types) {
        try {
            String text = encode(arguments);
            return encode(decode(text, types)).equals(text) ? text : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static String encode(List<Object> arguments) {
        return arguments.stream().map(SampleCodec::encode).collect(Collectors.joining(";"));
    }

    /** Rebuilds the arguments of parameters of {@code types} from {@code text}. */
    static List<Object> decode(String text, List<Type> types) throws ReflectiveOperationException {
        Reader reader = new Reader(text);
        List<Object> arguments = new ArrayList<>();
        for (int k = 0; k < types.size(); k++) {
            if (k > 0) {
                reader.expect(';');
            }
            arguments.add(reader.value(types.get(k)));
        }
        reader.end();
        return arguments;
    }

    private static String encode(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double number) {
            return exact(number);
        }
        if (value instanceof Float number) {
            return number == 0 && 1 / number < 0 ? "-0.0" : ValueFormat.number(number.floatValue());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof INDArray tensor) {
            double[] values = tensor.isEmpty() ? new double[0] : TensorValues.rowMajor(tensor);
            return "(" + tensor.dataType() + "," + encode(tensor.shape()) + ","
                    + Arrays.stream(values).mapToObj(SampleCodec::exact).collect(Collectors.joining(",", "[", "]"))
                    + ")";
        }
        if (value.getClass().isArray()) {
            return IntStream.range(0, Array.getLength(value)).mapToObj(i -> encode(Array.get(value, i)))
                    .collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SampleCodec::encode).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Record record) {
            return Arrays.stream(record.getClass().getRecordComponents()).map(c -> encode(component(c, record)))
                    .collect(Collectors.joining(",", "(", ")"));
        }
        throw new IllegalArgumentException("no text form for " + value.getClass().getName());
    }

    private static String exact(double value) {
        return value == 0 && 1 / value < 0 ? "-0.0" : ValueFormat.number(value);
    }

    private static Object component(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + component, e);
        }
    }

    /** A recursive-descent reader of the form, directed by the declared types. */
    private static final class Reader {

        private final String text;
        private int position;

        Reader(String text) {
            this.text = text;
        }

        Object value(Type type) throws ReflectiveOperationException {
            Class<?> raw = rawClass(type);
            if (peek() == 'n' && text.startsWith("null", position) && !raw.isPrimitive()) {
                position += 4;
                return null;
            }
            if (raw == INDArray.class) {
                return tensor();
            }
            if (raw.isArray() || type instanceof GenericArrayType) {
                Type component = type instanceof GenericArrayType generic ? generic.getGenericComponentType()
                        : raw.getComponentType();
                List<Object> elements = elements(component);
                Object array = Array.newInstance(rawClass(component), elements.size());
                for (int i = 0; i < elements.size(); i++) {
                    Array.set(array, i, elements.get(i));
                }
                return array;
            }
            if (raw == List.class && type instanceof ParameterizedType generic) {
                return List.copyOf(elements(generic.getActualTypeArguments()[0]));
            }
            if (raw.isRecord()) {
                return record(raw);
            }
            if (raw == String.class) {
                return string();
            }
            String atom = atom();
            if (raw.isEnum()) {
                for (Object constant : raw.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(atom)) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException("no constant " + atom + " in " + raw.getSimpleName());
            }
            return number(raw, atom);
        }

        private Object record(Class<?> raw) throws ReflectiveOperationException {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            expect('(');
            for (int k = 0; k < components.length; k++) {
                if (k > 0) {
                    expect(',');
                }
                values[k] = value(components[k].getGenericType());
            }
            expect(')');
            Constructor<?> canonical = raw.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        }

        private INDArray tensor() {
            expect('(');
            DataType dataType = DataType.valueOf(atom());
            expect(',');
            long[] shape = elements(long.class).stream().mapToLong(x -> (Long) x).toArray();
            expect(',');
            double[] values = elements(double.class).stream().mapToDouble(x -> (Double) x).toArray();
            expect(')');
            if (values.length != TensorValues.length(shape)) {
                throw new IllegalArgumentException("a tensor of shape " + Arrays.toString(shape) + " with "
                        + values.length + " values");
            }
            return TensorValues.create(values, shape, dataType);
        }

        private List<Object> elements(Type component) {
            List<Object> elements = new ArrayList<>();
            expect('[');
            while (peek() != ']') {
                if (!elements.isEmpty()) {
                    expect(',');
                }
                try {
                    elements.add(value(component));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException(e);
                }
            }
            expect(']');
            return elements;
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (peek() != '"') {
                char c = text.charAt(position++);
                value.append(c == '\\' ? text.charAt(position++) : c);
            }
            expect('"');
            return value.toString();
        }

        private static Object number(Class<?> raw, String atom) {
            if (raw == double.class || raw == Double.class) {
                return Double.parseDouble(atom);
            }
            if (raw == float.class || raw == Float.class) {
                return Float.parseFloat(atom);
            }
            if (raw == int.class || raw == Integer.class) {
                return Integer.parseInt(atom);
            }
            if (raw == long.class || raw == Long.class) {
                return Long.parseLong(atom);
            }
            if (raw == short.class || raw == Short.class) {
                return Short.parseShort(atom);
            }
            if (raw == byte.class || raw == Byte.class) {
                return Byte.parseByte(atom);
            }
            if (raw == boolean.class || raw == Boolean.class) {
                if (!atom.equals("true") && !atom.equals("false")) {
                    throw new IllegalArgumentException("not a boolean: " + atom);
                }
                return Boolean.parseBoolean(atom);
            }
            throw new IllegalArgumentException("no text form for " + raw.getName());
        }

        private String atom() {
            int start = position;
            while (position < text.length() && "[](),;\"".indexOf(text.charAt(position)) < 0) {
                position++;
            }
            if (start == position) {
                throw new IllegalArgumentException("a value expected at " + start);
            }
            return text.substring(start, position).strip();
        }

        private char peek() {
            if (position >= text.length()) {
                throw new IllegalArgumentException("the text ends early");
            }
            return text.charAt(position);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + position + ", found '" + peek() + "'");
            }
            position++;
        }

        void end() {
            if (position != text.length()) {
                throw new IllegalArgumentException("unexpected text at " + position);
            }
        }

        private static Class<?> rawClass(Type type) {
            if (type instanceof Class<?> raw) {
                return raw;
            }
            if (type instanceof ParameterizedType generic) {
                return (Class<?>) generic.getRawType();
            }
            if (type instanceof GenericArrayType generic) {
                return Array.newInstance(rawClass(generic.getGenericComponentType()), 0).getClass();
            }
            throw new IllegalArgumentException("no text form for " + type);
        }
    }
}
