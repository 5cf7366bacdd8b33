package org.dlcourse.grader.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/** The renderings of a report, each with the file name it is written to in an output directory. */
public enum ReportFormat {
    /** Text for a terminal ({@link ConsoleReport}). */
    CONSOLE("report.txt"),
    /** The grader's JSON contract ({@link JsonReport}). */
    JSON("report.json"),
    /** Gradescope's {@code results.json} ({@link GradescopeReport}). */
    GRADESCOPE("results.json"),
    /** Surefire-compatible JUnit XML ({@link JunitReport}). */
    JUNIT(JunitReport.FILE_NAME),
    /** Student feedback in Markdown ({@link MarkdownReport}). */
    MARKDOWN("feedback.md");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The file this format is written to in an output directory. */
    public String fileName() {
        return fileName;
    }

    /** The name on the command line: {@code console}, {@code json}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code report} in this format; {@code hiddenTests} is the Gradescope visibility of hidden tests. */
    public String render(Report report, GradescopeReport.Visibility hiddenTests) {
        return switch (this) {
            case CONSOLE -> {
                StringWriter text = new StringWriter();
                ConsoleReport.write(report, new PrintWriter(text));
                yield text.toString();
            }
            case JSON -> JsonReport.render(report);
            case GRADESCOPE -> GradescopeReport.render(report, hiddenTests);
            case JUNIT -> JunitReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
        };
    }
}
