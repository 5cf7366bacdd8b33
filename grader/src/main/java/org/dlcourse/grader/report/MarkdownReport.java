package org.dlcourse.grader.report;

import java.util.List;
import org.dlcourse.grader.scoring.Classification;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;

/**
 * The report as student feedback in GitHub-flavoured Markdown, for a CI step summary or a feedback pull request:
 * the total, a table of the exercises, then per exercise its compiler errors or policy violations, one line per
 * task not started, each other test that did not pass with its message, classification, hint, seed and shrunk
 * counterexample, and the passed tests folded away.
 *
 * <p>Text from tests and compilers is made readable ({@link ReadableText}: control and bidi characters escaped,
 * lines cut) and goes into fenced code blocks whose fence is longer than any backtick run in it; one-line text
 * (names, hints, table cells) has every character Markdown or HTML would interpret escaped, so no message can
 * add a heading, a tag or a table row.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The Markdown document of {@code report}. */
    public static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Grading: ").append(report.score()).append(" points\n\n");
        md.append("dlcourse grader ").append(report.graderVersion()).append(" · ").append(report.suites())
                .append(" tests · seed ").append(report.seed() == null ? "default" : "`" + report.seed() + "`")
                .append("\n\n");
        md.append("| Exercise | Score | Status |\n|---|---:|---|\n");
        for (ExerciseResult result : report.exercises()) {
            md.append("| ").append(cell(result.exercise().id() + " " + result.exercise().title())).append(" | ")
                    .append(result.score()).append(" | ").append(cell(result.status().label())).append(" |\n");
        }
        for (ExerciseResult result : report.exercises()) {
            exercise(result, md);
        }
        return md.toString();
    }

    private static void exercise(ExerciseResult result, StringBuilder md) {
        md.append("\n## ").append(result.exercise().id()).append(": ").append(result.score()).append("\n\n");
        if (!result.message().isEmpty()) {
            md.append("**").append(result.status().label()).append("**: ").append(inline(result.message()))
                    .append("\n\n");
        }
        List<String> problems = Feedback.exerciseProblems(result);
        if (!problems.isEmpty()) {
            md.append(fenced(String.join("\n", problems)));
        }
        boolean notRun = result.status() == ExerciseStatus.COMPILE_ERROR
                || result.status() == ExerciseStatus.POLICY_VIOLATION || result.status() == ExerciseStatus.MISSING;
        if (notRun) {
            md.append(result.tests().size()).append(" tests not run, worth ").append(result.score().max())
                    .append(" points.\n");
            return;
        }
        List<String> notStarted = Feedback.notStartedTasks(result);
        if (!notStarted.isEmpty()) {
            md.append("**Not started** (the code still throws the stub's TODO):\n\n");
            notStarted.forEach(task -> md.append("- ").append(inline(task)).append('\n'));
            md.append('\n');
        }
        for (TestOutcome outcome : Feedback.failing(result)) {
            md.append("### ❌ ").append(inline(outcome.test().name())).append(" (").append(outcome.score())
                    .append(", ").append(outcome.status().label()).append(")\n\n");
            if (!outcome.message().isEmpty()) {
                md.append(fenced(Feedback.message(outcome)));
            }
            Classification.of(outcome).ifPresent(kind ->
                    md.append("**Classification:** ").append(inline(kind)).append("\n\n"));
            if (!outcome.test().hint().isEmpty()) {
                md.append("**Hint:** ").append(inline(outcome.test().hint())).append("\n\n");
            }
            if (outcome.seed() != null) {
                // Students have neither the hidden tests nor the grader: the counterexample is what they can run.
                md.append("**Seed:** `").append(outcome.seed()).append("` (").append(Feedback.SEED_NOTE)
                        .append(")\n\n");
            }
            if (outcome.counterexample() != null) {
                md.append("**Shrunk counterexample:**\n\n").append(fenced(outcome.counterexample()));
            }
        }
        List<TestOutcome> passed = result.tests().stream().filter(test -> test.status() == TestStatus.PASSED)
                .toList();
        if (!passed.isEmpty()) {
            md.append("<details><summary>").append(passed.size()).append(" passed</summary>\n\n");
            for (TestOutcome outcome : passed) {
                md.append("- ✅ ").append(inline(outcome.test().name())).append(" (").append(outcome.score())
                        .append(")\n");
            }
            md.append("\n</details>\n");
        }
    }

    /** The feedback of a submission that has no report, saying {@code why} in one escaped line. */
    public static String notGraded(String why) {
        return "# Grading: not graded\n\n" + inline(why) + "\n";
    }

    // Readable text in a fence longer than the longest run of backticks in it.
    private static String fenced(String text) {
        String readable = ReadableText.of(text).strip();
        int longest = 0;
        int run = 0;
        for (int i = 0; i < readable.length(); i++) {
            run = readable.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + readable + "\n" + fence + "\n\n";
    }

    // One readable line, with the characters Markdown and HTML would interpret escaped, then cut.
    private static String inline(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : ReadableText.escaped(text.replaceAll("\\R", " ")).toCharArray()) {
            if ("\\`*_[]<#|~&".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        // Cut after escaping, which lengthens the line; a backslash left before the cut marker escapes nothing.
        return ReadableText.capLines(escaped.toString());
    }

    private static String cell(String text) {
        return inline(text);
    }
}
