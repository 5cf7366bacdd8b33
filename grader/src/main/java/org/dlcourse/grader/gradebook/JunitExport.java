package org.dlcourse.grader.gradebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dlcourse.grader.report.JsonReport;

/**
 * The latest submission of every student as one JUnit XML document (the Surefire shape CI servers read): a
 * {@code testsuite} per student, a {@code testcase} per graded test ({@code classname} the exercise), a
 * {@code failure} with the hint for a test that did not pass, {@code skipped} for a test of a part the student has
 * not started ({@link NotStarted}), and an {@code error} case for a submission that could not be graded. Each test
 * case's {@code time} is how long it ran, from the stored report's {@code timings.tests_ms} (0 for a report written
 * before the grader timed tests one by one). Built from the gradebook, so no submission is graded twice.
 */
public final class JunitExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JunitExport() {
    }

    /** Writes the document for {@code gradebook}'s latest submissions to {@code out}. */
    public static void write(Gradebook gradebook, Writer out) throws IOException {
        List<SubmissionRecord> latest = gradebook.latest();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"dlcourse\">\n");
        for (SubmissionRecord record : latest) {
            List<TestResult> results = gradebook.testResults(record.id());
            String time = seconds(record.elapsedMillis());
            if (record.score() == null) {
                out.write("  <testsuite name=\"" + xml(record.student()) + "\" tests=\"1\" failures=\"0\" errors=\"1\""
                        + " time=\"" + time + "\">\n");
                out.write("    <testcase classname=\"" + xml(record.student()) + "\" name=\"submission\">\n");
                out.write("      <error type=\"" + record.status().label() + "\" message=\"" + xml(record.message())
                        + "\"/>\n    </testcase>\n  </testsuite>\n");
                continue;
            }
            NotStarted notStarted = NotStarted.of(gradebook.exerciseScores(record.id()));
            long skipped = results.stream().filter(notStarted::test).count();
            long failures = results.stream().filter(result -> !result.passed() && !notStarted.test(result)).count();
            out.write("  <testsuite name=\"" + xml(record.student()) + "\" tests=\"" + results.size()
                    + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\" time=\"" + time
                    + "\">\n");
            JsonNode durations = testDurations(gradebook, record.id());
            for (TestResult result : results) {
                out.write("    <testcase classname=\"" + xml(result.exercise()) + "\" name=\"" + xml(result.name())
                        + "\" time=\"" + seconds(durations.path(result.exercise()).path(result.testId()).asLong(0))
                        + "\">");
                if (result.passed()) {
                    out.write("</testcase>\n");
                } else if (notStarted.test(result)) {
                    out.write("\n      <skipped message=\"" + xml("not started: " + result.task()) + "\"/>\n"
                            + "    </testcase>\n");
                } else {
                    out.write("\n      <failure type=\"" + xml(result.status()) + "\" message=\""
                            + xml(result.score() + "/" + result.maxScore() + " " + result.hint()) + "\"/>\n"
                            + "    </testcase>\n");
                }
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
        out.flush();
    }

    /**
     * Each test's duration in milliseconds by exercise and test id, from the report of submission {@code id}; empty
     * if none.
     */
    private static JsonNode testDurations(Gradebook gradebook, long id) throws IOException {
        Optional<String> report = gradebook.reportJson(id);
        return report.isEmpty() ? MissingNode.getInstance()
                : JSON.readTree(report.get()).path("timings").path(JsonReport.TESTS_MS);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** {@code text} escaped for an XML attribute, without characters XML 1.0 forbids. */
    static String xml(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\n' -> escaped.append("&#10;");
                default -> {
                    if (c == '\t' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
