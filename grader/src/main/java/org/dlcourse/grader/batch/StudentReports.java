package org.dlcourse.grader.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.dlcourse.grader.report.GradescopeReport;
import org.dlcourse.grader.report.JsonReport;
import org.dlcourse.grader.report.MarkdownReport;
import org.dlcourse.grader.report.Report;

/**
 * The files a batch writes for each student, to send them their feedback without grading anyone again:
 * <pre>
 * OUT/reports/ID.json      the JSON report (graded submissions)
 * OUT/feedback/ID.md       the Markdown feedback; for a submission that could not be graded, why
 * OUT/gradescope/ID.json   Gradescope's results.json (graded submissions, on request)
 * </pre>
 *
 * @param directory the batch's output directory, OUT above
 * @param gradescope how Gradescope's results show hidden tests, or empty for no Gradescope files
 */
public record StudentReports(Path directory, Optional<GradescopeReport.Visibility> gradescope) {

    /** Requires every component. */
    public StudentReports {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(gradescope, "gradescope");
    }

    /** The JSON report of {@code student}. */
    public Path json(String student) {
        return directory.resolve("reports").resolve(student + ".json");
    }

    /** The Markdown feedback of {@code student}. */
    public Path feedback(String student) {
        return directory.resolve("feedback").resolve(student + ".md");
    }

    /** The Gradescope results of {@code student}. */
    public Path gradescopeResults(String student) {
        return directory.resolve("gradescope").resolve(student + ".json");
    }

    /** Writes the files of {@code outcome}'s student, replacing those of an earlier grading. */
    public void write(BatchOutcome outcome) throws IOException {
        String student = outcome.submission().student();
        Optional<Report> report = outcome.graded();
        if (report.isPresent()) {
            write(json(student), JsonReport.render(report.get()));
            write(feedback(student), MarkdownReport.render(report.get()));
            if (gradescope.isPresent()) {
                write(gradescopeResults(student), GradescopeReport.render(report.get(), gradescope.get()));
            }
        } else {
            write(feedback(student), ungraded(outcome));
        }
    }

    /**
     * The feedback of a submission without a report. An unusable one's message is about the student's files; an
     * error or timeout is the grader's to resolve, so its internal message stays in the gradebook.
     */
    private static String ungraded(BatchOutcome outcome) {
        String why = outcome.status() == BatchStatus.UNUSABLE
                ? "Your submission could not be graded: " + outcome.message() + "."
                : "Grading your submission did not finish (" + outcome.status().label() + "); this is not a"
                        + " verdict on your code, and your instructor will grade it again.";
        return MarkdownReport.notGraded(why);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
