package org.dlcourse.grader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.Score;
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
 * another {@link Visibility} is asked for; public tests are always {@code visible}. The submission-wide
 * {@code output}, which Gradescope shows whatever the tests' visibility, counts only the points of visible tests
 * unless hidden tests are visible too.
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

    // When a student sees what the hidden tests' entries hold, by Gradescope's documented meaning of each setting.
    private static final Map<Visibility, String> WHEN_SHOWN = Map.of(
            Visibility.HIDDEN, "not shown to students",
            Visibility.AFTER_DUE_DATE, "shown after the due date",
            Visibility.AFTER_PUBLISHED, "shown once grades are published");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeReport() {
    }

    /** The {@code results.json} of {@code report}, hidden tests shown {@code hiddenTests}, ending with a newline. */
    public static String render(Report report, Visibility hiddenTests) {
        return text(tree(report, hiddenTests));
    }

    private static String text(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain nodes always serializes", impossible);
        }
    }

    /**
     * The {@code results.json} of a submission that could not be graded: a score of 0 (Gradescope requires one), no
     * tests, and {@code output} saying why and what to do, shown to the student.
     */
    public static String notGraded(String output, Duration elapsed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", 0);
        root.put("execution_time", elapsed.toSeconds());
        root.put("output", ReadableText.of(output));
        root.put("output_format", "text");
        root.put("visibility", Visibility.VISIBLE.label());
        root.put("stdout_visibility", Visibility.HIDDEN.label());
        root.putArray("tests");
        return text(root);
    }

    /** The document as a tree. */
    public static ObjectNode tree(Report report, Visibility hiddenTests) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", report.score().points());
        root.put("execution_time", report.elapsed().toSeconds());
        root.put("output", ReadableText.of(summary(report, hiddenTests)));
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
        node.put("visibility", visibility(outcome, hidden).label());
        return node;
    }

    private static Visibility visibility(TestOutcome outcome, Visibility hidden) {
        return outcome.test().suite() == Suite.HIDDEN ? hidden : Visibility.VISIBLE;
    }

    // "01-softmax" is exercise 1; an id without a leading number takes its position in the report.
    private static int exerciseNumber(String id, int position) {
        int end = 0;
        while (end < id.length() && Character.isDigit(id.charAt(end))) {
            end++;
        }
        return end == 0 || end > 6 ? position : Integer.parseInt(id.substring(0, end));
    }

    /*
     * The submission-wide text, which Gradescope always shows: each exercise's score and status, with its compiler
     * errors, policy violations and tasks not started. While hidden tests are not visible, every score in it counts
     * the visible tests alone, so that it never tells what the hidden tests' own entries hide.
     */
    private static String summary(Report report, Visibility hiddenTests) {
        Predicate<TestOutcome> shown = outcome -> visibility(outcome, hiddenTests) == Visibility.VISIBLE;
        boolean everyTestShown = hiddenTests == Visibility.VISIBLE;
        StringBuilder text = new StringBuilder();
        text.append("dlcourse grader ").append(report.graderVersion()).append(" · ").append(report.suites())
                .append(" tests · seed ").append(report.seed() == null ? "default" : report.seed()).append('\n');
        if (!everyTestShown) {
            text.append("Points of hidden tests: ").append(WHEN_SHOWN.get(hiddenTests)).append('\n');
        }
        Score total = Score.ZERO;
        for (ExerciseResult result : report.exercises()) {
            Score visible = result.tests().stream().filter(shown).map(TestOutcome::score)
                    .reduce(Score.ZERO, Score::plus);
            total = total.plus(visible);
            String points = everyTestShown ? visible.toString()
                    : visible.max() == 0 ? "no public tests" : "public tests " + visible;
            text.append(Feedback.exerciseLine(result, points)).append('\n');
            Feedback.exerciseProblems(result).forEach(line -> text.append("  ").append(line).append('\n'));
            Feedback.notStartedTasks(result, shown).forEach(line -> text.append("  ").append(line).append('\n'));
        }
        text.append(everyTestShown ? "Total: " : "Public tests: ").append(total).append('\n');
        return text.toString();
    }
}
