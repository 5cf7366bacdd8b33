package org.dlcourse.grader;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which property seed each exercise's tests run with ({@code -Ddlcourse.seed} in its test JVM): one seed for every
 * exercise, a seed per exercise (a student's variant), or none (each property's own fixed seed).
 *
 * @param all the seed of every exercise without one of its own, or null for each property's own
 * @param byExercise seeds of single exercises, by exercise id
 */
public record SeedAssignment(Long all, Map<String, Long> byExercise) {

    /** Each property's own seed everywhere. */
    public static final SeedAssignment DEFAULT = new SeedAssignment(null, Map.of());

    /** Checks the components and sorts the exercises. */
    public SeedAssignment {
        byExercise = Map.copyOf(byExercise);
    }

    /** {@code seed} for every exercise; {@link #DEFAULT} for null. */
    public static SeedAssignment of(Long seed) {
        return seed == null ? DEFAULT : new SeedAssignment(seed, Map.of());
    }

    /** The seed of exercise {@code id}, or null for each property's own. */
    public Long seedOf(String id) {
        return byExercise.getOrDefault(Objects.requireNonNull(id, "id"), all);
    }

    /**
     * The assignment as one line, the form the gradebook keeps and {@code grade --seed} accepts: {@code default},
     * {@code 42}, or {@code 01-softmax=123,02-sgd=-456} (after a leading seed for the other exercises, if any).
     */
    public String label() {
        if (byExercise.isEmpty()) {
            return all == null ? "default" : all.toString();
        }
        String exercises = new TreeMap<>(byExercise).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(","));
        return all == null ? exercises : all + "," + exercises;
    }

    /**
     * The assignment {@link #label()} wrote.
     *
     * @throws IllegalArgumentException if {@code label} is not of that form
     */
    public static SeedAssignment parse(String label) {
        if (label.strip().equals("default")) {
            return DEFAULT;
        }
        Long all = null;
        Map<String, Long> byExercise = new TreeMap<>();
        for (String part : label.split(",")) {
            String item = part.strip();
            int equals = item.indexOf('=');
            try {
                if (equals < 0) {
                    if (all != null) {
                        throw new IllegalArgumentException("two seeds for every exercise in '" + label + "'");
                    }
                    all = Long.decode(unquoted(item));
                } else if (byExercise.put(item.substring(0, equals).strip(),
                        Long.decode(unquoted(item.substring(equals + 1).strip()))) != null) {
                    throw new IllegalArgumentException("two seeds for " + item.substring(0, equals) + " in '"
                            + label + "'");
                }
            } catch (NumberFormatException notLong) {
                throw new IllegalArgumentException("a seed is a long, N or EXERCISE=N, comma-separated: '" + label
                        + "'", notLong);
            }
        }
        return new SeedAssignment(all, byExercise);
    }

    // The JSON report writes seeds as strings; a seed copied with its quotes is still that seed.
    private static String unquoted(String seed) {
        return seed.length() >= 2 && seed.startsWith("\"") && seed.endsWith("\"")
                ? seed.substring(1, seed.length() - 1) : seed;
    }
}
