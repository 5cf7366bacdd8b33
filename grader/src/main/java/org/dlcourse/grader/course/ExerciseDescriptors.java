package org.dlcourse.grader.course;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dlcourse.grader.CourseUnavailableException;
import org.dlcourse.kit.grading.ExerciseDescriptor;

/** Reads an exercise's descriptor from its hidden tests, a jar or a directory of classes and resources. */
public final class ExerciseDescriptors {

    /** Where the descriptor lives inside the hidden tests. */
    public static final String LOCATION = ExerciseDescriptor.RESOURCE;

    /** The fields only the grader reads; the rest is the kit's {@link ExerciseDescriptor}. */
    private static final String LIMITS = "limits";
    private static final String USES_ND4J = "usesNd4j";
    private static final String DATASETS = "datasets";

    // Unknown fields are errors: a misspelt optional field would otherwise silently take its default.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ExerciseDescriptors() {
    }

    /**
     * The descriptor inside {@code hiddenTests}.
     *
     * @throws CourseUnavailableException if it is missing or invalid
     */
    public static Exercise read(Path hiddenTests) {
        try {
            if (Files.isDirectory(hiddenTests)) {
                Path file = hiddenTests.resolve(LOCATION);
                if (!Files.isRegularFile(file)) {
                    throw missing(hiddenTests);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return parse(in);
                }
            }
            try (ZipFile jar = new ZipFile(hiddenTests.toFile())) {
                ZipEntry entry = jar.getEntry(LOCATION);
                if (entry == null) {
                    throw missing(hiddenTests);
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    return parse(in);
                }
            }
        } catch (IOException | IllegalArgumentException invalid) {
            throw new CourseUnavailableException("cannot read " + LOCATION + " in " + hiddenTests + ": "
                    + invalid.getMessage().lines().findFirst().orElse(""), invalid);
        }
    }

    /** Parses a descriptor from JSON text. */
    public static Exercise parse(InputStream json) throws IOException {
        JsonNode tree = JSON.readTree(json);
        if (!(tree instanceof ObjectNode fields)) {
            throw new IOException("the descriptor is not a JSON object");
        }
        JsonNode limits = fields.remove(LIMITS);
        JsonNode usesNd4j = fields.remove(USES_ND4J);
        if (usesNd4j != null && !usesNd4j.isBoolean()) {
            throw new IOException(USES_ND4J + " must be true or false");
        }
        JsonNode datasetsNode = fields.remove(DATASETS);
        List<String> datasets = new ArrayList<>();
        if (datasetsNode != null) {
            if (!datasetsNode.isArray()) {
                throw new IOException(DATASETS + " must be an array of data set names");
            }
            datasetsNode.forEach(name -> datasets.add(name.asText()));
        }
        try {
            ExerciseDescriptor descriptor = ExerciseDescriptor.read(
                    new ByteArrayInputStream(JSON.writeValueAsBytes(fields)));
            return new Exercise(descriptor, limits == null ? Limits.DEFAULT : JSON.treeToValue(limits, Limits.class),
                    usesNd4j == null || usesNd4j.booleanValue(), datasets);
        } catch (UncheckedIOException invalid) {
            throw invalid.getCause();
        }
    }

    private static CourseUnavailableException missing(Path hiddenTests) {
        return new CourseUnavailableException(hiddenTests + " has no " + LOCATION);
    }
}
