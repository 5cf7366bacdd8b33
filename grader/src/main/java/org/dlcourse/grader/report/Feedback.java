package org.dlcourse.grader.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dlcourse.grader.compile.CompilerDiagnostic;
import org.dlcourse.grader.policy.PolicyViolation;
import org.dlcourse.grader.scoring.Classification;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.Score;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;

/**
 * The sentences every rendering shows a student the same way: an exercise's line and problems, the tasks not
 * started, a test's why. The text is as the tests wrote it; each rendering makes it readable ({@link ReadableText})
 * or escapes it for its format.
 */
final class Feedback {

    /**
     * What a student can do with a failed property's seed: nothing by themselves (the hidden tests and the grader are
     * the instructor's), so the note sends them to the counterexample, which they can run.
     */
    static final String SEED_NOTE = "the grader's seed, for your instructor to replay; to see the failure yourself,"
            + " paste the failure's Java snippet, where it gives one, into a test of your own";


    /** How the kit's property runner writes the value that replays a counterexample alone ({@code --replay}). */
    private static final String REPLAY_LINE = "Replay alone: -Ddlcourse.replay='";

    private Feedback() {
    }

    /**
     * The value that replays a failed property's counterexample alone ({@code grade --replay VALUE}, or
     * {@code -Ddlcourse.replay='VALUE'}), from the kit's {@code Replay alone:} line of its message; empty if none.
     */
    static Optional<String> replay(TestOutcome outcome) {
        return outcome.message().lines().filter(Feedback::isReplayLine)
                .map(line -> line.substring(REPLAY_LINE.length(), line.length() - 1)).findFirst();
    }

    /**
     * A test's message as a page shows it: a replay line too long for the page's lines
     * ({@link ReadableText#MAX_LINE}, which would cut it and break its copy) becomes a pointer to the
     * {@code replay} field of the test in {@code report.json}, which holds the value whole.
     */
    static String message(TestOutcome outcome) {
        if (outcome.message().lines().noneMatch(line -> isReplayLine(line) && line.length() > ReadableText.MAX_LINE)) {
            return outcome.message();
        }
        return outcome.message().lines().map(line -> isReplayLine(line) && line.length() > ReadableText.MAX_LINE
                ? "Replay alone: the value has " + (line.length() - REPLAY_LINE.length() - 1) + " characters, too"
                + " many for a line here; copy it whole from this test's \"replay\" field in report.json"
                + " (grade --replay VALUE)"
                : line).collect(Collectors.joining("\n"));
    }

    private static boolean isReplayLine(String line) {
        return line.startsWith(REPLAY_LINE) && line.endsWith("'") && line.length() > REPLAY_LINE.length();
    }

    /** {@code 01-softmax  Title  ·  30/31  ·  graded: message}. */
    static String exerciseLine(ExerciseResult result) {
        return exerciseLine(result, result.score().toString());
    }

    /** {@code 01-softmax  Title  ·  POINTS  ·  graded: message}, with the points as the caller may show them. */
    static String exerciseLine(ExerciseResult result, String points) {
        return result.exercise().id() + "  " + result.exercise().title() + "  ·  " + points + "  ·  "
                + result.status().label() + (result.message().isEmpty() ? "" : ": " + result.message());
    }

    /** The exercise's compiler errors and policy violations, one line each. */
    static List<String> exerciseProblems(ExerciseResult result) {
        List<String> lines = new ArrayList<>();
        for (CompilerDiagnostic diagnostic : result.diagnostics()) {
            lines.add(diagnostic.toString());
        }
        for (PolicyViolation violation : result.violations()) {
            lines.add(violation.toString());
        }
        return lines;
    }

    /**
     * One line per task with tests that hit the stub's TODO, in the order of the tests:
     * {@code task softmax: not started (6 tests, 0/15 points): TODO: ... (and 2 more TODO)}: the first TODO its
     * tests hit and how many other ones, so that an untouched exercise takes a few lines.
     */
    static List<String> notStartedTasks(ExerciseResult result) {
        return notStartedTasks(result, outcome -> true);
    }

    /** The lines of {@link #notStartedTasks(ExerciseResult)} over the tests {@code shown} alone. */
    static List<String> notStartedTasks(ExerciseResult result, Predicate<TestOutcome> shown) {
        Map<String, List<TestOutcome>> byTask = new LinkedHashMap<>();
        for (TestOutcome outcome : result.tests()) {
            if (outcome.status() == TestStatus.NOT_STARTED && shown.test(outcome)) {
                byTask.computeIfAbsent(outcome.test().task(), task -> new ArrayList<>()).add(outcome);
            }
        }
        List<String> lines = new ArrayList<>();
        byTask.forEach((task, outcomes) -> {
            Score score = outcomes.stream().map(TestOutcome::score).reduce(Score.ZERO, Score::plus);
            Set<String> todos = new LinkedHashSet<>();
            outcomes.forEach(outcome -> Classification.stubTodo(outcome.message()).ifPresent(todos::add));
            String first = todos.stream().findFirst().orElse("");
            lines.add((task.isEmpty() ? "tests without a task" : "task " + task) + ": not started ("
                    + outcomes.size() + (outcomes.size() == 1 ? " test, " : " tests, ") + score + " points): "
                    + first + (todos.size() > 1 ? " (and " + (todos.size() - 1) + " more TODO)" : ""));
        });
        return lines;
    }

    /** The tests to show one by one: those that did not pass, except the ones a not-started task line covers. */
    static List<TestOutcome> failing(ExerciseResult result) {
        return result.tests().stream().filter(test -> test.status() != TestStatus.PASSED
                && test.status() != TestStatus.NOT_STARTED).toList();
    }

    /**
     * Why a test did not pass: its status and message, then what kind of failure it is (before the hint, which
     * may guess another cause), the hint, seed and counterexample; empty for a passed test.
     */
    static String details(TestOutcome outcome) {
        if (outcome.status() == TestStatus.PASSED) {
            return "";
        }
        StringBuilder text = new StringBuilder(outcome.status().label()).append(": ").append(message(outcome));
        Classification.of(outcome).ifPresent(kind -> text.append("\nclassification: ").append(kind));
        if (!outcome.test().hint().isEmpty()) {
            text.append("\nhint: ").append(outcome.test().hint());
        }
        if (outcome.seed() != null) {
            text.append("\nseed: ").append(outcome.seed()).append(" (").append(SEED_NOTE).append(')');
        }
        if (outcome.counterexample() != null) {
            text.append("\ncounterexample: ").append(outcome.counterexample());
        }
        return text.toString();
    }
}
