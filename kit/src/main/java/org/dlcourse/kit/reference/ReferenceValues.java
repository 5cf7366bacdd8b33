package org.dlcourse.kit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reference values computed by the field's own libraries (PyTorch, neural-tangents, e3nn) in float64, read
 * from a JSON test resource that carries its {@code provenance}.
 *
 * <p>They are samples: tests compare against them in addition to, never instead of, laws that hold on any input.
 */
public final class ReferenceValues {

    private final JsonNode root;

    private ReferenceValues(JsonNode root) {
        if (!root.hasNonNull("provenance")) {
            throw new IllegalArgumentException("reference values must state their provenance");
        }
        this.root = root;
    }

    /** Loads {@code resource} relative to {@code anchor}'s package (or absolute with a leading slash). */
    public static ReferenceValues load(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference values at " + resource + " next to " + anchor.getName());
            }
            return new ReferenceValues(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the values come from: library, version, precision and date. */
    public String provenance() {
        return root.get("provenance").asText();
    }

    /** The node at a JSON pointer such as {@code /softmax/logits}; missing paths fail with the path named. */
    public JsonNode node(String pointer) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("no reference value at " + pointer);
        }
        return node;
    }

    /** A number at {@code pointer}. */
    public double scalar(String pointer) {
        return node(pointer).asDouble();
    }

    /** A list of integers at {@code pointer}. */
    public int[] ints(String pointer) {
        JsonNode node = node(pointer);
        int[] values = new int[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asInt();
        }
        return values;
    }

    /** A vector at {@code pointer} as a DOUBLE array of shape {@code [n]}. */
    public INDArray vector(String pointer) {
        JsonNode node = node(pointer);
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asDouble();
        }
        return Nd4j.create(values, new long[] {values.length});
    }

    /** A rectangular list of lists at {@code pointer} as a DOUBLE matrix; ragged rows fail. */
    public INDArray matrix(String pointer) {
        JsonNode node = node(pointer);
        int rows = node.size();
        int columns = rows == 0 ? 0 : node.get(0).size();
        double[] values = new double[rows * columns];
        for (int r = 0; r < rows; r++) {
            JsonNode row = node.get(r);
            if (row.size() != columns) {
                throw new IllegalArgumentException("ragged matrix at " + pointer + ": row " + r + " has " + row.size()
                        + " values, row 0 has " + columns);
            }
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = row.get(c).asDouble();
            }
        }
        return Nd4j.create(values, new long[] {rows, columns});
    }
}
