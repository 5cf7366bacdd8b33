package org.dlcourse.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.gradebook.SubmissionRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code export --csv --term}: a class of three on the fixture exercise 90-arith graded once, then exported under a
 * deadline a day and a second before the first receipt time, with an extension for carol and a linear late policy.
 */
class TermExportTests {

    private static final String ARITH = "90-arith";

    @TempDir
    static Path shared;

    private static Path fixtureCourse;
    private static Path gradebook;
    private static Instant firstReceipt;

    @TempDir
    Path temporary;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void gradeAClass() throws IOException {
        fixtureCourse = Fixtures.fixtureBundle(shared.resolve("course"), ARITH);
        Path classDirectory = shared.resolve("class");
        Fixtures.writeFixture(classDirectory.resolve("alice"), ARITH, "solution");
        Fixtures.writeFixture(classDirectory.resolve("bob"), ARITH, "stubs");
        Fixtures.writeFixture(classDirectory.resolve("carol"), ARITH, "solution");
        Path grades = shared.resolve("grades");
        StringWriter batchErr = new StringWriter();
        CommandLine command = GraderCommand.commandLine();
        command.setOut(new PrintWriter(new StringWriter(), true));
        command.setErr(new PrintWriter(batchErr, true));
        assertThat(command.execute("batch", classDirectory.toString(), "--course", fixtureCourse.toString(), "--out",
                grades.toString(), "--progress", "plain")).as(batchErr.toString()).isEqualTo(ExitCodes.OK);
        gradebook = grades.resolve("gradebook.db");
        try (Gradebook book = Gradebook.open(gradebook)) {
            firstReceipt = book.latest().stream().map(SubmissionRecord::gradedAt).min(Comparator.naturalOrder())
                    .orElseThrow();
        }
    }

    @Test
    void theCsvShowsRawAndAdjustedScoresAndLateDaysWithCarolsExtension() throws IOException {
        // Every receipt is more than one day and less than two days after the deadline: two started days, 80 %.
        Instant deadline = firstReceipt.minus(Duration.ofDays(1)).minusSeconds(1);
        Path term = Files.writeString(temporary.resolve("term.json"), """
                {"deadlines": {"%s": "%s"},
                 "extensions": [{"student": "carol", "exercise": "all", "extra_days": 3}],
                 "late_policy": {"kind": "linear", "percent_per_day": 10, "floor_percent": 50}}
                """.formatted(ARITH, deadline.atOffset(ZoneOffset.ofHours(2))));
        Path csv = temporary.resolve("grades.csv");

        assertThat(execute("export", "--csv", "--term", term.toString(), "--gradebook", gradebook.toString(),
                "--course", fixtureCourse.toString(), "-o", csv.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("student," + ARITH + "," + ARITH + "_late_days," + ARITH + "_adjusted,"
                + "total,total_adjusted,max_total,percent,status,graded_at,received_at,content_hash,not_started");
        assertThat(rows.subList(1, rows.size())).satisfiesExactly(
                alice -> assertThat(alice).startsWith("alice,5,2,4.00,5,4.00,5,100.00,graded,"),
                bob -> assertThat(bob).startsWith("bob,0,2,0.00,0,0.00,5,0.00,graded,"),
                carol -> assertThat(carol).as("on time with her extension").startsWith("carol,5,0,5.00,5,5.00,5,"));
    }

    @Test
    void anInvalidTermFileExitsWithThreeNamingTheFieldAndTermWithJunitIsAUsageError() throws IOException {
        Path term = Files.writeString(temporary.resolve("term.json"), """
                {"deadlines": {"%s": "2026-10-05T23:59:00+02:00"},
                 "late_policy": {"kind": "linear", "percent_per_day": 10, "floor_percent": 150}}
                """.formatted(ARITH));
        Path unknown = Files.writeString(temporary.resolve("unknown.json"), """
                {"deadlines": {"01-softmx": "2026-10-05T23:59:00+02:00"}, "late_policy": {"kind": "none"}}
                """);
        Path csv = temporary.resolve("grades.csv");

        assertThat(execute("export", "--csv", "--term", term.toString(), "--gradebook", gradebook.toString(),
                "--course", fixtureCourse.toString(), "-o", csv.toString())).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(execute("export", "--csv", "--term", unknown.toString(), "--gradebook", gradebook.toString(),
                "--course", fixtureCourse.toString(), "-o", csv.toString())).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString().lines()).containsExactly(
                "grader: " + term + ": late_policy.floor_percent: a number from 0 to 100",
                "grader: " + unknown + ": deadlines.01-softmx: not an exercise of the course (" + ARITH + ")");
        assertThat(csv).as("nothing written").doesNotExist();

        assertThat(execute("export", "--junit", "--term", term.toString(), "--gradebook", gradebook.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--term adjusts the CSV only: use it with --csv");
    }

    private int execute(String... args) {
        CommandLine command = GraderCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
