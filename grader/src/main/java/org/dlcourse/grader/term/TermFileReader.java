package org.dlcourse.grader.term;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlcourse.grader.InputUnusableException;

/**
 * Reads a term file strictly: every field the schema {@code term.schema.json} (beside this class) allows and nothing
 * else, so that a misspelt field is an error instead of a deadline silently ignored. Each error is one line naming
 * the file and the field's path, e.g. {@code term.json: late_policy.floor_percent: a number from 0 to 100}.
 */
public final class TermFileReader {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String DATE_TIME = "an ISO-8601 date-time with offset, e.g. 2026-10-05T23:59:00+02:00";

    private final String file;

    private TermFileReader(String file) {
        this.file = file;
    }

    /**
     * The term file at {@code path}.
     *
     * @throws InputUnusableException if it cannot be read, is not JSON, or a field is missing, unknown or invalid
     */
    public static TermFile read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException unreadable) {
            throw new InputUnusableException("cannot read the term file " + path + ": " + unreadable.getMessage());
        }
        return parse(path.toString(), text);
    }

    /** The term file {@code text}, named {@code file} in errors. */
    public static TermFile parse(String file, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException malformed) {
            throw new InputUnusableException(file + ": not JSON: " + malformed.getOriginalMessage() + " (line "
                    + malformed.getLocation().getLineNr() + ")");
        }
        return new TermFileReader(file).term(root);
    }

    private TermFile term(JsonNode root) {
        object(root, "(top level)", Set.of("deadlines", "extensions", "late_policy"),
                Set.of("deadlines", "late_policy"));
        Map<String, Instant> deadlines = new LinkedHashMap<>();
        JsonNode deadlineNode = root.get("deadlines");
        if (!deadlineNode.isObject()) {
            throw error("deadlines", "an object from exercise id to deadline");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = deadlineNode.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            deadlines.put(field.getKey(), instant(field.getValue(), "deadlines." + field.getKey()));
        }
        List<Extension> extensions = new ArrayList<>();
        JsonNode extensionNodes = root.path("extensions");
        if (!extensionNodes.isMissingNode()) {
            if (!extensionNodes.isArray()) {
                throw error("extensions", "an array of extensions");
            }
            for (int i = 0; i < extensionNodes.size(); i++) {
                extensions.add(extension(extensionNodes.get(i), "extensions[" + i + "]", deadlines));
            }
        }
        return new TermFile(deadlines, extensions, latePolicy(root.get("late_policy")));
    }

    private Extension extension(JsonNode node, String path, Map<String, Instant> deadlines) {
        object(node, path, Set.of("student", "exercise", "deadline", "extra_days"), Set.of("student", "exercise"));
        String student = text(node.get("student"), path + ".student");
        String exercise = text(node.get("exercise"), path + ".exercise");
        if (!exercise.equals(Extension.ALL) && !deadlines.containsKey(exercise)) {
            throw error(path + ".exercise", "'all' or an exercise in deadlines, not '" + exercise + "'");
        }
        boolean hasDeadline = node.has("deadline");
        if (hasDeadline == node.has("extra_days")) {
            throw error(path, "exactly one of deadline and extra_days");
        }
        if (hasDeadline) {
            return new Extension(student, exercise, instant(node.get("deadline"), path + ".deadline"), 0);
        }
        JsonNode days = node.get("extra_days");
        if (!days.isIntegralNumber() || days.asLong() < 1 || days.asLong() > 366) {
            throw error(path + ".extra_days", "a whole number of days from 1 to 366");
        }
        return new Extension(student, exercise, null, days.asInt());
    }

    private LatePolicy latePolicy(JsonNode node) {
        String path = "late_policy";
        if (node == null || !node.isObject()) {
            throw error(path, "an object with a kind: none, linear or cutoff");
        }
        String kind = node.has("kind") ? text(node.get("kind"), path + ".kind") : "";
        switch (kind) {
            case "none" -> {
                object(node, path, Set.of("kind"), Set.of("kind"));
                return new LatePolicy.None();
            }
            case "linear" -> {
                object(node, path, Set.of("kind", "percent_per_day", "floor_percent"),
                        Set.of("kind", "percent_per_day", "floor_percent"));
                return new LatePolicy.Linear(percent(node.get("percent_per_day"), path + ".percent_per_day"),
                        percent(node.get("floor_percent"), path + ".floor_percent"));
            }
            case "cutoff" -> {
                object(node, path, Set.of("kind", "after_days"), Set.of("kind", "after_days"));
                JsonNode days = node.get("after_days");
                if (!days.isIntegralNumber() || days.asLong() < 0 || days.asLong() > 366) {
                    throw error(path + ".after_days", "a whole number of days from 0 to 366");
                }
                return new LatePolicy.Cutoff(days.asInt());
            }
            default -> throw error(path + ".kind", "one of none, linear, cutoff");
        }
    }

    /** Checks that {@code node} is an object with only {@code allowed} fields and every {@code required} one. */
    private void object(JsonNode node, String path, Set<String> allowed, Set<String> required) {
        if (!node.isObject()) {
            throw error(path, "an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(prefixed(path, name), "unknown field (allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
        for (String name : required.stream().sorted().toList()) {
            if (!node.has(name)) {
                throw error(prefixed(path, name), "missing");
            }
        }
    }

    private static String prefixed(String path, String name) {
        return path.equals("(top level)") ? name : path + "." + name;
    }

    private String text(JsonNode node, String path) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error(path, "a non-empty string");
        }
        return node.asText();
    }

    private double percent(JsonNode node, String path) {
        if (!node.isNumber() || node.asDouble() < 0 || node.asDouble() > 100) {
            throw error(path, "a number from 0 to 100");
        }
        return node.asDouble();
    }

    private Instant instant(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw error(path, DATE_TIME);
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException notADateTime) {
            throw error(path, DATE_TIME + ", not '" + node.asText() + "'");
        }
    }

    private InputUnusableException error(String path, String expected) {
        return new InputUnusableException(file + ": " + path + ": " + expected);
    }
}
