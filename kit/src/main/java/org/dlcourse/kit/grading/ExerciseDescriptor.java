package org.dlcourse.kit.grading;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dlcourse.kit.bytecode.CallRule;

/**
 * What an exercise is, as its instructor declares it in {@code META-INF/dlcourse/exercise.json} of the
 * exercise's hidden-test bundle: id, title, the packages student code lives in, the tasks, and the library
 * calls that would short-circuit the exercise.
 *
 * @param id             two-digit ordered slug, e.g. {@code 01-softmax}
 * @param title          one line for listings
 * @param packages       the only packages student classes of this exercise may declare
 * @param tasks          what the student implements, in handout order
 * @param forbiddenCalls library shortcuts that fail the exercise, each with the reason shown to the student
 *
 * <p>The grader's own settings in the same file ({@code limits}, {@code usesNd4j}, {@code datasets}) are read by
 * the grader and skipped here; any other unknown field is an error, so a misspelt key never goes unnoticed.
 */
@JsonIgnoreProperties({"limits", "usesNd4j", "datasets"})
public record ExerciseDescriptor(String id, String title, List<String> packages, List<Task> tasks,
                                 List<CallRule> forbiddenCalls) {

    /** Where an exercise's bundle keeps its descriptor. */
    public static final String RESOURCE = "META-INF/dlcourse/exercise.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One task of an exercise; graded tests name it in {@link Graded#task()}.
     *
     * @param id    short name, e.g. {@code softmax}
     * @param title one line for listings
     * @param uses  the earlier tasks of the exercise whose methods this task's methods call, as the handout asks
     *              (01's gradient computes softmax(Z) with the student's softmax): while one of them fails its own
     *              tests, the feedback on this task's failed tests names it first. Optional, empty by default.
     */
    public record Task(String id, String title, List<String> uses) {
        public Task {
            requireText(id, "task id");
            requireText(title, "task title");
            uses = uses == null ? List.of() : List.copyOf(uses);
        }

        /** A task that uses no other task. */
        public Task(String id, String title) {
            this(id, title, List.of());
        }
    }

    public ExerciseDescriptor {
        requireText(id, "exercise id");
        if (!id.matches("\\d\\d-[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("exercise id must be a two-digit ordered slug like 01-softmax, got '" + id + "'");
        }
        requireText(title, "exercise title");
        packages = List.copyOf(Objects.requireNonNull(packages, "packages"));
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("exercise " + id + " declares no packages");
        }
        tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
        requireEarlierTasks(id, tasks);
        forbiddenCalls = forbiddenCalls == null ? List.of() : List.copyOf(forbiddenCalls);
    }

    /** Reads a descriptor; malformed JSON or a missing field fails with the problem named. */
    public static ExerciseDescriptor read(InputStream json) {
        try {
            return JSON.readValue(json, ExerciseDescriptor.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable exercise descriptor: " + e.getMessage(), e);
        }
    }

    /** Reads the descriptor visible to {@code loader} at {@link #RESOURCE}. */
    public static ExerciseDescriptor fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each task uses only tasks declared before it, which also rules out cycles. */
    private static void requireEarlierTasks(String id, List<Task> tasks) {
        Set<String> earlier = new HashSet<>();
        for (Task task : tasks) {
            for (String used : task.uses()) {
                if (!earlier.contains(used)) {
                    throw new IllegalArgumentException("task " + task.id() + " of " + id + " uses '" + used
                            + "', which is not a task declared before it");
                }
            }
            earlier.add(task.id());
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
