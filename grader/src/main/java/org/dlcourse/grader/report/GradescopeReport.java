package org.dlcourse.grader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;

/**
 * The report as Gradescope's {@code results.json}, the file an autograder leaves in {@code /autograder/results/}.
 *
 * <p>Fields as Gradescope's "Autograder Specifications" document them
 * (https://gradescope-autograders.readthedocs.io/en/latest/specs/): the submission's {@code score},
 * {@code execution_time} in seconds and {@code output}; per graded test its {@code name}, {@code number}
 * ({@code <exercise number>.<test number>}), {@code score}, {@code max_score}, {@code status} ({@code passed} or
 * {@code failed}; a test not started is {@code failed} with an output that says so), {@code output} (why it did not
 * pass: message, classification, hint, seed, counterexample; made readable, see {@link ReadableText}),
 * {@code output_format},
 * {@code tags} (exercise, suite, task) and {@code visibility}. Hidden tests are shown {@code after_due_date} unless
 * another {@link Visibility} is asked for; public tests are always {@code visible}.
 */
public final class GradescopeReport {

    /** Gradescope's visibility settings of a test. */
    public enum Visibility {
        /** Never shown to students. */
        HIDDEN,
        /** Shown once the due date has passed. */
        AFTER_DUE_DATE,
        /** Shown once grades are published. */
        AFTER_PUBLISHED,
        /** Always shown. */
        VISIBLE;

        /** Gradescope's name: {@code after_due_date}, … */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeReport() {
    }

    /** The {@code results.json} of {@code report}, hidden tests shown {@code hiddenTests}, ending with a newline. */
    public static String render(Report report, Visibility hiddenTests) {
        try {
            return JSON.writeValueAsString(tree(report, hiddenTests)) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain nodes always serializes", impossible);
        }
    }

    /** The document as a tree. */
    public static ObjectNode tree(Report report, Visibility hiddenTests) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", report.score().points());
        root.put("execution_time", report.elapsed().toSeconds());
        root.put("output", ReadableText.of(summary(report)));
        root.put("output_format", "text");
        root.put("visibility", Visibility.VISIBLE.label());
        root.put("stdout_visibility", Visibility.HIDDEN.label());
        ArrayNode tests = root.putArray("tests");
        List<ExerciseResult> exercises = report.exercises();
        for (int e = 0; e < exercises.size(); e++) {
            ExerciseResult result = exercises.get(e);
            int exerciseNumber = exerciseNumber(result.exercise().id(), e + 1);
            for (int t = 0; t < result.tests().size(); t++) {
                tests.add(test(result, result.tests().get(t), exerciseNumber + "." + (t + 1), hiddenTests));
            }
        }
        return root;
    }

    private static ObjectNode test(ExerciseResult result, TestOutcome outcome, String number, Visibility hidden) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", ReadableText.of(result.exercise().id() + " · " + outcome.test().name()));
        node.put("number", number);
        node.put("score", outcome.score().points());
        node.put("max_score", outcome.score().max());
        node.put("status", outcome.status() == TestStatus.PASSED ? "passed" : "failed");
        node.put("output", ReadableText.of(Feedback.details(outcome)));
        node.put("output_format", "text");
        ArrayNode tags = node.putArray("tags");
        tags.add(result.exercise().id());
        tags.add(outcome.test().suite().name().toLowerCase(Locale.ROOT));
        if (!outcome.test().task().isEmpty()) {
            tags.add("task:" + outcome.test().task());
        }
        node.put("visibility", (outcome.test().suite() == Suite.HIDDEN ? hidden : Visibility.VISIBLE).label());
        return node;
    }

    // "01-softmax" is exercise 1; an id without a leading number takes its position in the report.
    private static int exerciseNumber(String id, int position) {
        int end = 0;
        while (end < id.length() && Character.isDigit(id.charAt(end))) {
            end++;
        }
        return end == 0 || end > 6 ? position : Integer.parseInt(id.substring(0, end));
    }

    // The submission-wide text: each exercise's score and status, with its compiler errors or policy violations.
    private static String summary(Report report) {
        StringBuilder text = new StringBuilder();
        text.append("dlcourse grader ").append(report.graderVersion()).append(" · ").append(report.suites())
                .append(" tests · seed ").append(report.seed() == null ? "default" : report.seed()).append('\n');
        for (ExerciseResult result : report.exercises()) {
            text.append(Feedback.exerciseLine(result)).append('\n');
            Feedback.exerciseProblems(result).forEach(line -> text.append("  ").append(line).append('\n'));
            Feedback.notStartedTasks(result).forEach(line -> text.append("  ").append(line).append('\n'));
        }
        text.append("Total: ").append(report.score()).append('\n');
        return text.toString();
    }
}
