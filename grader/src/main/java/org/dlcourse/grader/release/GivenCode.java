package org.dlcourse.grader.release;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dlcourse.grader.GraderException;

/**
 * Which earlier exercises' tasks an exercise's given code already solves, as the course declares it in
 * {@code solutions/given-code.properties} ({@code 06-transfer = 01-softmax, 02-sgd, ...}): the reuse the similarity
 * audit cannot see, because the given code computes the same function with other code (06's batch norm, 02's
 * cross-entropy over a row-major array). An exercise ships only once the solutions it reuses are public.
 */
final class GivenCode {

    static final String DECLARATIONS = "solutions/given-code.properties";

    private GivenCode() {
    }

    /**
     * The declarations of the course in {@code repository}: exercise → the exercises whose solutions its given code
     * contains; empty if the course declares none.
     *
     * @throws GraderException if a declaration names an exercise the course does not have
     */
    static Map<String, List<String>> of(Path repository) throws IOException {
        Path file = repository.resolve(DECLARATIONS);
        Map<String, List<String>> reuses = new TreeMap<>();
        if (!Files.exists(file)) {
            return reuses;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        List<String> course = HandoutRelease.courseExercises(repository);
        for (String exercise : properties.stringPropertyNames()) {
            List<String> solved = Arrays.stream(properties.getProperty(exercise).split(",")).map(String::strip)
                    .filter(id -> !id.isEmpty()).toList();
            for (String id : Stream.concat(Stream.of(exercise), solved.stream()).toList()) {
                if (!course.contains(id)) {
                    throw new GraderException(DECLARATIONS + " names " + id + ", which is not an exercise of the"
                            + " course (" + String.join(", ", course) + ")");
                }
            }
            reuses.put(exercise, solved);
        }
        return reuses;
    }
}
