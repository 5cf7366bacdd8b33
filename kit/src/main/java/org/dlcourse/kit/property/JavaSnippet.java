package org.dlcourse.kit.property;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.lang.model.SourceVersion;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Java declarations that rebuild the inputs of a counterexample exactly, for a student to paste into a test of the
 * handout and call their own method on: {@code INDArray logits = Nd4j.createFromArray(new double[][] {{0.5, 2}});}.
 *
 * <p>Numbers are written with the fewest digits that read back as the same value ({@link ValueFormat#number}),
 * so the snippet is exact. Tensors of dtype DOUBLE, FLOAT, INT32 and INT64, numbers, booleans, strings and their
 * arrays are written, enum constants by name; a public top-level record of such scalars as one {@code new}
 * expression, any other record as one declaration per component. A snippet is offered only while it
 * stays short, at most {@value #MAX_VALUES} numbers and no line over {@value #MAX_LINE} characters (reports cap
 * their lines at 300); otherwise, or for a value with no literal, the result says why none is offered.
 */
final class JavaSnippet {

    /** Most numbers a snippet may hold: shrunk counterexamples are small, and a larger one is not read. */
    static final int MAX_VALUES = 64;
    /** Longest line of a snippet, below the 300 characters at which the grader's reports cut lines. */
    static final int MAX_LINE = 200;

    private static final String INDENT = "        ";

    private final List<String> lines = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int values;

    private JavaSnippet() {
    }

    /**
     * The declarations of {@code inputs}, or why there are none.
     *
     * @param code          the declarations, one statement per line (rows of a matrix on lines of their own), or null
     * @param unavailableBecause why no snippet is offered, or null
     */
    record Result(String code, String unavailableBecause) {

        boolean isAvailable() {
            return code != null;
        }
    }

    /** The snippet that declares every one of {@code inputs} under its name. */
    static Result of(List<Counterexample.RecordedInput> inputs) {
        JavaSnippet snippet = new JavaSnippet();
        try {
            for (Counterexample.RecordedInput input : inputs) {
                snippet.declare(input.name(), input.value());
            }
        } catch (Unavailable e) {
            return new Result(null, e.getMessage());
        }
        if (snippet.values > MAX_VALUES) {
            return new Result(null, "the inputs hold " + snippet.values + " numbers, more than " + MAX_VALUES);
        }
        int longest = snippet.lines.stream().mapToInt(String::length).max().orElse(0);
        if (longest > MAX_LINE) {
            return new Result(null, "a row is " + longest + " characters long, more than " + MAX_LINE);
        }
        return new Result(String.join("\n", snippet.lines), null);
    }

    /** Whether {@code name} can name a Java variable. */
    static boolean isIdentifier(String name) {
        return name != null && SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
    }

    private void declare(String name, Object value) {
        if (value instanceof Counterexample.SeededRandom random) {
            values++;
            lines.add("SplittableRandom " + (names.add(name) ? name : uniqueName(name)) + " = " + random + ";");
            return;
        }
        if (value instanceof Record record && !isConstructible(record)) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String componentName = component.getName();
                declare(names.contains(componentName) ? name + Character.toUpperCase(componentName.charAt(0))
                        + componentName.substring(1) : componentName, read(component, record));
            }
            return;
        }
        lines.addAll(declaration(names.add(name) ? name : uniqueName(name), value));
    }

    /** A public record of numbers, booleans, strings and enum constants: one {@code new} expression writes it. */
    private static boolean isConstructible(Record record) {
        return Modifier.isPublic(record.getClass().getModifiers()) && record.getClass().getEnclosingClass() == null
                && Arrays.stream(record.getClass().getRecordComponents()).allMatch(component -> {
                    Class<?> type = component.getType();
                    boolean boxed = Number.class.isAssignableFrom(type) && type.getPackageName().equals("java.lang");
                    return type.isPrimitive() || boxed || type == String.class || type.isEnum();
                });
    }

    private String uniqueName(String name) {
        for (int k = 2; ; k++) {
            if (names.add(name + k)) {
                return name + k;
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Unavailable("the component " + component.getName() + " of " + record.getClass().getSimpleName()
                    + " cannot be read");
        }
    }

    private List<String> declaration(String name, Object value) {
        if (value instanceof INDArray tensor) {
            return tensor(name, tensor);
        }
        if (value instanceof double[] array) {
            return List.of("double[] " + name + " = " + row(array.length, i -> literal(array[i])) + ";");
        }
        if (value instanceof float[] array) {
            return List.of("float[] " + name + " = " + row(array.length, i -> literal(array[i])) + ";");
        }
        if (value instanceof int[] array) {
            return List.of("int[] " + name + " = " + row(array.length, i -> Integer.toString(array[i])) + ";");
        }
        if (value instanceof long[] array) {
            return List.of("long[] " + name + " = " + row(array.length, i -> array[i] + "L") + ";");
        }
        if (value instanceof boolean[] array) {
            return List.of("boolean[] " + name + " = " + row(array.length, i -> Boolean.toString(array[i])) + ";");
        }
        if (value instanceof double[][] matrix) {
            return matrix("double[][] " + name + " = ", matrix.length, r -> row(matrix[r].length,
                    i -> literal(matrix[r][i])), ";");
        }
        if (value instanceof int[][] matrix) {
            return matrix("int[][] " + name + " = ", matrix.length, r -> row(matrix[r].length,
                    i -> Integer.toString(matrix[r][i])), ";");
        }
        if (value instanceof Record record) {
            return List.of(record.getClass().getSimpleName() + " " + name + " = new "
                    + record.getClass().getSimpleName() + Arrays.stream(record.getClass().getRecordComponents())
                            .map(component -> scalar(read(component, record)))
                            .collect(Collectors.joining(", ", "(", ")")) + ";");
        }
        if (value instanceof Enum<?> constant) {
            values++;
            return List.of(enumName(constant) + " " + name + " = " + enumName(constant) + "." + constant.name() + ";");
        }
        return List.of(scalarType(value) + " " + name + " = " + scalar(value) + ";");
    }

    /** The enum's name as source writes it outside its package: {@code Outer.Inner} for a nested one. */
    private static String enumName(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        return type.getName().substring(type.getPackageName().isEmpty() ? 0 : type.getPackageName().length() + 1)
                .replace('$', '.');
    }

    private List<String> tensor(String name, INDArray tensor) {
        String type = switch (tensor.dataType()) {
            case DOUBLE -> "double";
            case FLOAT -> "float";
            case INT -> "int";
            case LONG -> "long";
            default -> throw new Unavailable(name + " is a " + tensor.dataType() + " tensor");
        };
        long[] shape = tensor.shape();
        if (tensor.isEmpty() || tensor.length() > MAX_VALUES) {
            throw new Unavailable(name + " has " + tensor.length() + " elements");
        }
        double[] flat = TensorValues.rowMajor(tensor);
        IntFunction<String> element = i -> element(tensor.dataType(), flat[i]);
        String head = "INDArray " + name + " = ";
        if (shape.length == 0) {
            values++;
            return List.of(head + "Nd4j.scalar(" + element.apply(0) + ");");
        }
        if (shape.length == 2) {
            int columns = (int) shape[1];
            return matrix(head + "Nd4j.createFromArray(new " + type + "[][] ", (int) shape[0],
                    r -> row(columns, c -> element.apply(r * columns + c)), ");");
        }
        String reshape = shape.length == 1 ? ""
                : ".reshape(" + IntStream.range(0, shape.length).mapToObj(d -> Long.toString(shape[d]))
                        .collect(Collectors.joining(", ")) + ")";
        return List.of(head + "Nd4j.createFromArray(new " + type + "[] " + row(flat.length, element) + ")"
                + reshape + ";");
    }

    private static String element(DataType dataType, double value) {
        return switch (dataType) {
            case DOUBLE -> literal(value);
            case FLOAT -> literal((float) value);
            case LONG -> (long) value + "L";
            default -> Long.toString((long) value);
        };
    }

    /** A matrix on one line when it has one row, else one row per line. */
    private List<String> matrix(String head, int rows, IntFunction<String> row, String tail) {
        if (rows <= 1) {
            return List.of(head + "{" + (rows == 1 ? row.apply(0) : "") + "}" + tail);
        }
        List<String> text = new ArrayList<>();
        text.add(head + "{");
        for (int r = 0; r < rows; r++) {
            text.add(INDENT + row.apply(r) + (r < rows - 1 ? "," : "}" + tail));
        }
        return text;
    }

    private String row(int length, IntFunction<String> element) {
        values += length;
        return IntStream.range(0, length).mapToObj(element).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String scalarType(Object value) {
        if (value instanceof Double) {
            return "double";
        }
        if (value instanceof Float) {
            return "float";
        }
        if (value instanceof Integer) {
            return "int";
        }
        if (value instanceof Long) {
            return "long";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof String) {
            return "String";
        }
        throw new Unavailable(value == null ? "an input is null"
                : "a value of type " + ValueFormat.typeName(value.getClass()) + " has no Java literal");
    }

    private String scalar(Object value) {
        values++;
        if (value instanceof Double number) {
            return literal(number);
        }
        if (value instanceof Float number) {
            return literal(number.floatValue());
        }
        if (value instanceof Long number) {
            return number + "L";
        }
        if (value instanceof String text) {
            return quoted(text);
        }
        if (value instanceof Enum<?> constant) {
            return enumName(constant) + "." + constant.name();
        }
        if (value instanceof Integer || value instanceof Boolean || value instanceof Short || value instanceof Byte) {
            return String.valueOf(value);
        }
        throw new Unavailable(value == null ? "an input is null"
                : "a value of type " + ValueFormat.typeName(value.getClass()) + " has no Java literal");
    }

    /** A double literal that reads back exactly; the sign of −0.0 kept, large integers marked as doubles. */
    static String literal(double value) {
        if (Double.isNaN(value)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        if (value == 0 && 1 / value < 0) {
            return "-0.0";
        }
        String text = ValueFormat.number(value);
        boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0;
        return integral && Math.abs(value) > Integer.MAX_VALUE ? text + ".0" : text;
    }

    /** A float literal that reads back exactly. */
    static String literal(float value) {
        if (Float.isNaN(value)) {
            return "Float.NaN";
        }
        if (Float.isInfinite(value)) {
            return value > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
        }
        return (value == 0 && 1 / value < 0 ? "-0.0" : ValueFormat.number(value)) + "f";
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** Why an input cannot be written as Java source. */
    private static final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }
}
