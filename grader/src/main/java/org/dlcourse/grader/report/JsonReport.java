package org.dlcourse.grader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.Locale;
import org.dlcourse.grader.compile.CompilerDiagnostic;
import org.dlcourse.grader.policy.PolicyViolation;
import org.dlcourse.grader.scoring.Classification;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.Score;
import org.dlcourse.grader.scoring.TestOutcome;

/**
 * The report as the JSON document of the grader's contract, described by {@link #SCHEMA}.
 *
 * <p>Fields appear in a fixed order and exercises and tests in the report's order, so the same submission and
 * seed give the same document; the only fields that vary between runs are under {@code timings}. Seeds are strings
 * of decimal digits: they use all 64 bits, and a JSON number above 2⁵³ is rounded by JavaScript, {@code jq} and any
 * reader that parses numbers as doubles. Text is as the tests wrote it (Jackson escapes control characters);
 * renderings for people make it readable.
 */
public final class JsonReport {

    /** The JSON Schema of the document, a resource beside this class. */
    public static final String SCHEMA = "report.schema.json";

    /** The field of {@code timings} that holds each test's duration in milliseconds, by exercise and test id. */
    public static final String TESTS_MS = "tests_ms";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** The schema's text. */
    public static InputStream schema() {
        return JsonReport.class.getResourceAsStream(SCHEMA);
    }

    /** The document for {@code report}, pretty-printed, ending with a newline. */
    public static String render(Report report) {
        try {
            return JSON.writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain nodes always serializes", impossible);
        }
    }

    /** The document for {@code report} as a tree. */
    public static ObjectNode tree(Report report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("grader_version", report.graderVersion());
        root.put("suites", report.suites());
        if (report.seed() == null) {
            root.putNull("seed");
        } else {
            root.put("seed", report.seed().toString());
        }
        score(root, report.score());
        root.set("environment", environment(report.environment()));
        ArrayNode exercises = root.putArray("exercises");
        for (ExerciseResult result : report.exercises()) {
            exercises.add(exercise(result));
        }
        ObjectNode timings = root.putObject("timings");
        timings.put("total_ms", report.elapsed().toMillis());
        ObjectNode perExercise = timings.putObject("exercises_ms");
        for (ExerciseResult result : report.exercises()) {
            perExercise.put(result.exercise().id(), result.elapsed().toMillis());
        }
        ObjectNode perTest = timings.putObject(TESTS_MS);
        for (ExerciseResult result : report.exercises()) {
            ObjectNode ofExercise = perTest.putObject(result.exercise().id());
            for (TestOutcome outcome : result.tests()) {
                ofExercise.put(outcome.test().id(), outcome.elapsed().toMillis());
            }
        }
        return root;
    }

    private static void score(ObjectNode node, Score score) {
        node.put("score", score.points());
        node.put("max_score", score.max());
    }

    private static ObjectNode environment(Environment environment) {
        ObjectNode node = JSON.createObjectNode();
        node.put("jdk", environment.jdk());
        node.put("os", environment.os());
        node.put("nd4j_backend", environment.backend());
        node.put("nd4j_backend_class", environment.backendClass());
        node.put("blas", environment.blas());
        node.put("blas_threads", environment.blasThreads());
        node.put("cores", environment.cores());
        node.put("nd4j_version", environment.nd4jVersion());
        node.put("sandbox", environment.sandbox());
        return node;
    }

    private static ObjectNode exercise(ExerciseResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", result.exercise().id());
        node.put("title", result.exercise().title());
        score(node, result.score());
        node.put("status", result.status().label());
        if (result.seed() == null) {
            node.putNull("seed");
        } else {
            node.put("seed", result.seed().toString());
        }
        node.put("message", result.message());
        ArrayNode diagnostics = node.putArray("diagnostics");
        for (CompilerDiagnostic diagnostic : result.diagnostics()) {
            ObjectNode item = diagnostics.addObject();
            item.put("file", diagnostic.file());
            item.put("line", diagnostic.line());
            item.put("column", diagnostic.column());
            item.put("message", diagnostic.message());
        }
        ArrayNode violations = node.putArray("violations");
        for (PolicyViolation violation : result.violations()) {
            ObjectNode item = violations.addObject();
            item.put("rule", violation.rule());
            item.put("location", violation.location());
            item.put("used", violation.used());
            item.put("reason", violation.reason());
        }
        ArrayNode tests = node.putArray("tests");
        for (TestOutcome outcome : result.tests()) {
            tests.add(test(outcome));
        }
        return node;
    }

    private static ObjectNode test(TestOutcome outcome) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", outcome.test().name());
        node.put("id", outcome.test().id());
        node.put("suite", outcome.test().suite().name().toLowerCase(Locale.ROOT));
        node.put("task", outcome.test().task());
        score(node, outcome.score());
        node.put("status", outcome.status().label());
        node.put("message", outcome.message());
        node.put("hint", outcome.test().hint());
        if (outcome.seed() == null) {
            node.putNull("seed");
        } else {
            node.put("seed", outcome.seed().toString());
        }
        node.put("counterexample", outcome.counterexample());
        node.put("classification", Classification.of(outcome).orElse(null));
        node.put("replay", Feedback.replay(outcome).orElse(null));
        return node;
    }
}
