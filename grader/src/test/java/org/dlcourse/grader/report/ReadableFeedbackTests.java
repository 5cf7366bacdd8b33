package org.dlcourse.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dlcourse.grader.ReportSchema;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a student's code can put into a report cannot make it lie to its reader: control and bidi characters are
 * shown as escapes in every format a person reads, Markdown cannot be injected, lines are cut, seeds survive JSON
 * readers that parse numbers as doubles, and tasks not started are said once instead of test by test.
 */
class ReadableFeedbackTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Clears the screen, paints a green "all passed", rings, backspaces, returns, reverses text, NUL, a lone surrogate. */
    private static final String HOSTILE = "\u001b[2J\u001b[H\u001b[32m64/64 all tests passed\u001b[0m\u0000\u0007\b\b"
            + "\rok \u202Edessap\u202C \u2066x\u2069 \u200F \u0085 \u009b31m \u2028 \ud800 end";

    /** Markdown that would add a heading, HTML, a table and an entity for a bidi override if it were not contained. */
    private static final String MARKDOWN = "done\n# Grading: 64/64 points\n<img src=x onerror=alert(1)>\n"
            + "| 01-softmax | 64/64 | graded |\n```\n&#x202E; [link](http://x) *bold* <b>";

    private static final String FLOOD = "x".repeat(5_000);

    private static final GradedTest TEST = new GradedTest("[engine:junit-jupiter]/[class:p.H]/[method:h()]",
            Suite.HIDDEN, "p.H", "h", "H > h() " + HOSTILE + " # heading <b>", 2, "t", "hint " + HOSTILE + " " + "_".repeat(400));

    private static final Report HOSTILE_REPORT = new Report("9.9.9", 9_007_199_254_740_993L, "public+hidden",
            SampleReport.REPORT.environment(), List.of(SampleReport.result("01-a", ExerciseStatus.GRADED,
                    "message " + HOSTILE, List.of(), List.of(), List.of(
                            new TestOutcome(TEST, TestStatus.FAILED, HOSTILE + "\n" + MARKDOWN + "\n" + FLOOD,
                                    Long.MIN_VALUE, HOSTILE + " " + FLOOD),
                            TestOutcome.of(TEST, TestStatus.ERROR, MARKDOWN)))),
            Duration.ofMillis(5));

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"CONSOLE", "MARKDOWN", "GRADESCOPE", "JUNIT"})
    void noActiveCharacterReachesAReaderAndEveryOneIsShownAsAnEscape(ReportFormat format) throws IOException {
        String rendered = format.render(HOSTILE_REPORT, GradescopeReport.Visibility.VISIBLE);
        // Gradescope's text is inside JSON strings: what its page shows is the decoded text.
        String shown = format == ReportFormat.GRADESCOPE ? decodedStrings(JSON.readTree(rendered)) : rendered;

        assertThat(shown.chars().filter(ReadableFeedbackTests::active)).as("active characters in %s", format)
                .isEmpty();
        assertThat(shown).contains("\\u001b[2J\\u001b[H\\u001b[32m64/64 all tests passed", "\\u0000\\u0007\\u0008",
                "\\u000dok \\u202edessap\\u202c \\u2066x\\u2069", "\\u200f", "\\u0085", "\\u009b31m", "\\u2028",
                "\\ud800 end");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"CONSOLE", "MARKDOWN", "GRADESCOPE", "JUNIT"})
    void noLineIsLongerThan300CharactersAndACutSaysHowMuchIsLeft(ReportFormat format) throws IOException {
        String rendered = format.render(HOSTILE_REPORT, GradescopeReport.Visibility.VISIBLE);
        String shown = format == ReportFormat.GRADESCOPE ? decodedStrings(JSON.readTree(rendered)) : rendered;

        assertThat(shown.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(300));
        assertThat(shown).contains("…(" + (5_000 - ReadableText.MAX_LINE) + " more characters)");
    }

    @Test
    void studentTextCannotAddMarkdownHeadingsHtmlOrTableRows() {
        String md = MarkdownReport.render(HOSTILE_REPORT);

        List<String> outsideFences = outsideFences(md);
        assertThat(outsideFences).filteredOn(line -> line.startsWith("#"))
                .allSatisfy(line -> assertThat(line).matches("(# Grading: .*|## 01-a: .*|### ❌ H > h\\(\\) .*)"));
        assertThat(outsideFences).filteredOn(line -> line.startsWith("|")).hasSize(3);
        // Outside fences, markup survives only escaped: \<b> shows as text, an unescaped <b> would be a tag.
        assertThat(String.join("\n", outsideFences)).doesNotContainPattern("(?<!\\\\)(<img|<b>|&#x|\\]\\(http)")
                .contains("\\<b>");
        assertThat(md).contains("````text\n" + "\\u001b[2J");
    }

    @Test
    void theJsonKeepsTheTextExactlyAndIsValid() throws IOException {
        String json = JsonReport.render(HOSTILE_REPORT);

        assertThat(ReportSchema.violations(json)).isEmpty();
        assertThat(json.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
        assertThat(JSON.readTree(json).at("/exercises/0/tests/1/message").asText()).isEqualTo(MARKDOWN);
    }

    @Test
    void seedsAreStringsThatSurviveReadersParsingNumbersAsDoubles() throws IOException {
        JsonNode json = JSON.readTree(JsonReport.render(HOSTILE_REPORT));

        assertThat((long) (double) 9_007_199_254_740_993L).as("what a double-based reader makes of the number")
                .isNotEqualTo(9_007_199_254_740_993L);
        assertThat(json.get("seed").isTextual()).isTrue();
        assertThat(Long.parseLong(json.get("seed").asText())).isEqualTo(9_007_199_254_740_993L);
        assertThat(json.at("/exercises/0/tests/0/seed").asText()).isEqualTo(Long.toString(Long.MIN_VALUE));
        assertThat(json.at("/exercises/0/tests/1/seed").isNull()).isTrue();
    }

    @Test
    void tasksNotStartedAreSaidOnceWithTheirTodoInEveryHumanFormat() {
        GradedTest first = new GradedTest("[engine:junit-jupiter]/[class:p.S]/[method:a()]", Suite.HIDDEN, "p.S",
                "a", "S > a()", 3, "softmax", "divide by the batch size N");
        GradedTest second = new GradedTest("[engine:junit-jupiter]/[class:p.S]/[method:b()]", Suite.HIDDEN, "p.S",
                "b", "S > b()", 2, "softmax", "subtract exactly 1");
        String todo = "TODO: subtract each row's maximum, exponentiate, and divide by the row sum.";
        Report report = new Report("9.9.9", null, "public+hidden", SampleReport.REPORT.environment(),
                List.of(SampleReport.result("01-a", ExerciseStatus.GRADED, "", List.of(), List.of(), List.of(
                        new TestOutcome(first, TestStatus.NOT_STARTED, "Property S#a failed on try 1 of 9 (seed 1)\n"
                                + "Cause: java.lang.UnsupportedOperationException: " + todo, 1L, "x = 0"),
                        new TestOutcome(second, TestStatus.NOT_STARTED, "UnsupportedOperationException: " + todo,
                                null, null)))),
                Duration.ZERO);

        String md = MarkdownReport.render(report);
        String console = ReportFormat.CONSOLE.render(report, GradescopeReport.Visibility.VISIBLE);

        String line = "task softmax: not started (2 tests, 0/5 points): " + todo;
        assertThat(md).contains("- " + line).doesNotContain("### ❌", "divide by the batch size");
        assertThat(console).contains("  " + line).doesNotContain("S > a()", "divide by the batch size");
        assertThat(JsonReport.render(report)).contains("\"status\" : \"not_started\"",
                "\"classification\" : \"not started: the code still throws the stub's " + todo);
        assertThat(ReportSchema.violations(JsonReport.render(report))).isEmpty();
        assertThat(JunitReport.render(report)).contains("skipped=\"2\"", "<skipped message=\"not started: TODO");
        assertThat(GradescopeReport.render(report, GradescopeReport.Visibility.VISIBLE)).contains(line);
    }

    @Test
    void aReplayTooLongForALineIsPointedAtInTheJsonWhichHoldsItWholeAndAShortOneStaysCopyable() throws IOException {
        GradedTest property = new GradedTest("[engine:junit-jupiter]/[class:p.R]/[method:r()]", Suite.HIDDEN, "p.R",
                "r", "R > r()", 1, "t", "");
        String longValue = "R#r:[" + "0.1, ".repeat(100) + "1]";
        String shortValue = "R#s:[[0, 0]]";
        Report report = new Report("9.9.9", null, "public+hidden", SampleReport.REPORT.environment(),
                List.of(SampleReport.result("01-a", ExerciseStatus.GRADED, "", List.of(), List.of(), List.of(
                        new TestOutcome(property, TestStatus.FAILED, "Property R#r failed on try 1 of 9 (seed 1)\n"
                                + "Cause: expected 1\nReplay alone: -Ddlcourse.replay='" + longValue + "'", 1L, "x"),
                        new TestOutcome(property, TestStatus.FAILED, "Property R#s failed on try 1 of 9 (seed 2)\n"
                                + "Replay alone: -Ddlcourse.replay='" + shortValue + "'", 2L, "y")))),
                Duration.ZERO);

        JsonNode json = JSON.readTree(JsonReport.render(report));
        assertThat(json.at("/exercises/0/tests/0/replay").asText()).isEqualTo(longValue);
        assertThat(json.at("/exercises/0/tests/1/replay").asText()).isEqualTo(shortValue);
        assertThat(ReportSchema.violations(JsonReport.render(report))).isEmpty();
        for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.CONSOLE)) {
            String shown = format.render(report, GradescopeReport.Visibility.VISIBLE);
            assertThat(shown.lines()).as("%s", format)
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(300));
            assertThat(shown).as("%s", format).contains("Replay alone: the value has " + longValue.length()
                    + " characters, too many for a line here; copy it whole from this test's \"replay\" field in"
                    + " report.json", "Replay alone: -Ddlcourse.replay='" + shortValue + "'")
                    .doesNotContain("more characters)");
        }
    }

    private static boolean active(int c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200F || c == 0x2028 || Character.isSurrogate((char) c);
    }

    private static String decodedStrings(JsonNode node) {
        StringBuilder text = new StringBuilder();
        if (node.isTextual()) {
            text.append(node.asText()).append('\n');
        }
        node.elements().forEachRemaining(child -> text.append(decodedStrings(child)));
        return text.toString();
    }

    // The lines a Markdown renderer interprets: those outside fenced code blocks (a fence closes with its own length).
    private static List<String> outsideFences(String md) {
        String fence = null;
        List<String> outside = new ArrayList<>();
        for (String line : md.lines().toList()) {
            if (fence == null && line.startsWith("```")) {
                fence = line.replaceAll("[^`].*", "");
            } else if (fence != null && line.equals(fence)) {
                fence = null;
            } else if (fence == null) {
                outside.add(line);
            }
        }
        return outside;
    }
}
