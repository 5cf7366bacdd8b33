package org.dlcourse.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.MachineNotReadyException;
import org.dlcourse.grader.ReportSchema;
import org.dlcourse.grader.sandbox.SandboxUnavailableException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: commands, output, and exit codes, run with captured writers. */
class GraderCommandTests {

    @TempDir
    static Path shared;

    private static Path fixtureCourse;

    @TempDir
    Path temporary;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void buildFixtureCourse() throws IOException {
        fixtureCourse = Fixtures.fixtureBundle(shared.resolve("course"), "90-arith", "91-strings");
    }

    @Test
    void gradingExitsWithZeroWhateverTheScoreAndWritesTheJsonReport() throws IOException {
        Path submission = temporary.resolve("submission");
        Fixtures.writeFixture(submission, "90-arith", "stubs");
        Fixtures.writeFixture(submission, "91-strings", "solution");
        Path report = temporary.resolve("report.json");

        int code = execute("grade", submission.toString(), "--course", fixtureCourse.toString(), "--format", "json",
                "--output", report.toString(), "--seed", "7");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("grader: 2/7; report written to " + report + "\n");
        String json = Files.readString(report);
        assertThat(json).contains("\"seed\" : \"7\"", "\"status\" : \"graded\"");
        assertThat(ReportSchema.violations(json)).isEmpty();
    }

    @Test
    void severalFormatsInOneRunGoToTheirFilesInTheOutputDirectory() throws IOException {
        Path submission = temporary.resolve("submission");
        Fixtures.writeFixture(submission, "90-arith", "stubs");
        Fixtures.writeFixture(submission, "91-strings", "solution");
        Path reports = temporary.resolve("reports");

        int code = execute("grade", submission.toString(), "--course", fixtureCourse.toString(), "--format",
                "json,junit,gradescope,markdown", "--output-dir", reports.toString(),
                "--gradescope-hidden-visibility", "hidden");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("grader: 2/7; reports written to ");
        try (var files = Files.list(reports)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.json", "TEST-dlcourse.xml", "results.json", "feedback.md");
        }
        assertThat(ReportSchema.violations(Files.readString(reports.resolve("report.json")))).isEmpty();
        assertThat(Files.readString(reports.resolve("TEST-dlcourse.xml"))).contains("<testsuite name=\"dlcourse\"",
                "classname=\"90-arith.ArithHiddenTests\"");
        assertThat(Files.readString(reports.resolve("results.json"))).contains("\"score\" : 2",
                "\"visibility\" : \"hidden\"");
        assertThat(Files.readString(reports.resolve("feedback.md"))).startsWith("# Grading: 2/7 points");
    }

    @Test
    void aHandoutCloneIsGradedFromItsExercisesDirectoryAsBatchDoes() throws IOException {
        Path handout = temporary.resolve("handout");
        Fixtures.writeFixture(handout.resolve("exercises"), "91-strings", "solution");
        Files.writeString(handout.resolve("README.md"), "the handout's README\n");

        int code = execute("grade", handout.toString(), "--course", fixtureCourse.toString(), "-e", "91-strings");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("91-strings  Fixture: strings  ·  2/2  ·  graded", "Total: 2/2");
    }

    @Test
    void severalFormatsWithoutAnOutputDirectoryAreAUsageError() {
        int code = execute("grade", temporary.toString(), "--course", fixtureCourse.toString(), "--format",
                "json,junit");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("several formats need --output-dir");
    }

    @Test
    void gradingPrintsTheConsoleReportByDefault() throws IOException {
        Path submission = temporary.resolve("submission");
        Fixtures.writeFixture(submission, "91-strings", "solution");

        int code = execute("grade", submission.toString(), "--course", fixtureCourse.toString(), "-e", "91-strings");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("91-strings  Fixture: strings  ·  2/2  ·  graded",
                "passed     1/1  StringsExamplesTests > reversesAbc()", "Total: 2/2");
    }

    @Test
    void theSelfCheckRunsOnlyThePublicTestsAndSaysSoBeforeAndAfter() throws IOException {
        Path submission = temporary.resolve("submission");
        Fixtures.writeFixture(submission, "90-arith", "solution");

        int code = execute("check", submission.toString(), "--course", fixtureCourse.toString(), "-e", "90-arith");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        String text = out.toString();
        assertThat(text).startsWith(CheckCommand.BANNER).endsWith(CheckCommand.BANNER + "\n")
                .contains("public tests", "Total: 1/1").doesNotContain("ArithHiddenTests");
    }

    @Test
    void theListShowsEachTaskWithItsPoints() {
        int code = execute("list", "--course", fixtureCourse.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains(
                "90-arith  Fixture: integer arithmetic  (5 points: 1 public, 4 hidden; 4 tests)",
                "  add                2 points  Add two integers",
                "  multiply           2 points  Multiply two integers",
                "91-strings  Fixture: strings  (2 points: 1 public, 1 hidden; 2 tests)");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(execute("grade")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Missing required parameter: 'SUBMISSION'");
        assertThat(execute("grade", ".", "--format", "xml")).isEqualTo(ExitCodes.USAGE);
        assertThat(execute("bogus")).isEqualTo(ExitCodes.USAGE);
        assertThat(execute("grade", ".", "--timeout", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--timeout must be a positive number of seconds");
        assertThat(execute()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anUnknownExerciseIsAUsageErrorNamingTheKnownOnes() throws IOException {
        Path submission = temporary.resolve("submission");
        Fixtures.writeFixture(submission, "90-arith", "solution");

        int code = execute("grade", submission.toString(), "--course", fixtureCourse.toString(), "-e", "99-nope");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("grader: unknown exercise '99-nope'; the course has 90-arith,"
                + " 91-strings\n");
    }

    @Test
    void anUnusableSubmissionExitsWithThreeAndOneLine() throws IOException {
        int missing = execute("grade", temporary.resolve("nowhere").toString(), "--course", fixtureCourse.toString());
        assertThat(missing).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString()).startsWith("grader: submission not found:").hasLineCount(1);

        err.getBuffer().setLength(0);
        Files.createDirectories(temporary.resolve("empty/src"));
        int empty = execute("grade", temporary.resolve("empty").toString(), "--course", fixtureCourse.toString());
        assertThat(empty).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString()).startsWith("grader: no exercise modules in").hasLineCount(1);
    }

    @Test
    void anUnavailableBackendExitsWithThreeAndOneLineNeverFallingBack() {
        int code = execute("grade", Fixtures.repository().resolve("solutions").toString(), "--backend", "cuda");

        assertThat(code).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString()).startsWith("grader: the cuda backend is not available").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnavailableSandboxIsTheMachinesFaultWithExitCodeThree() {
        assertThat(BusinessErrors.exitCode(new SandboxUnavailableException("bwrap is not installed")))
                .isEqualTo(ExitCodes.UNUSABLE);
    }

    @Test
    void aMissingDataSetIsTheMachinesFaultWithExitCodeThree() {
        assertThat(BusinessErrors.exitCode(new MachineNotReadyException("nothing graded: 02-sgd reads Fashion-MNIST,"
                + " and this machine has no copy"))).isEqualTo(ExitCodes.UNUSABLE);
    }

    @Test
    void aGraderWithoutItsCourseBundleIsAnInternalErrorSayingHowToBuildIt() {
        int code = execute("list", "--course", temporary.toString());

        assertThat(code).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString()).contains("the grader is not built").hasLineCount(1);
    }

    @Test
    void staleStubsFailTheCheckWithExitCodeOneAndSayHowToRegenerate() throws IOException {
        Path root = temporary.resolve("repository");
        Files.createDirectories(root.resolve("solutions/01-x/src/main/java/p"));
        Files.writeString(root.resolve("solutions/01-x/src/main/java/p/A.java"),
                "package p;\nclass A {\n    int f() {\n        // BEGIN SOLUTION: one\n        return 1;\n"
                        + "        // END SOLUTION\n    }\n}\n");

        assertThat(execute("stubs", "--check", "--root", root.toString())).isEqualTo(ExitCodes.STUBS_STALE);
        assertThat(err.toString()).contains("missing: exercises/01-x/src/main/java/p/A.java",
                "regenerate it with: grader stubs --root");
        assertThat(execute("stubs", "--root", root.toString())).isEqualTo(ExitCodes.OK);
        assertThat(execute("stubs", "--check", "--root", root.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("stubs are current (1 files)");
    }

    @Test
    void aHandoutTheReleaseAuditRefusesExitsWithThreeNamingTheCopyAndTheRemedy() {
        int code = execute("release", "--root", Fixtures.repository().toString(), "--out",
                temporary.resolve("handout").toString(), "-e", "06");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString()).startsWith("grader: the release audit refused the handout")
                .contains("exercises/06-transfer/src/main/java/org/dlcourse/transfer/SoftmaxCrossEntropy.java:",
                        "--solutions-public 01-softmax");
        assertThat(execute("release", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--solutions-public", "3   the release audit refused the handout");
    }

    @Test
    void theHelpListsTheExitCodes() {
        assertThat(execute("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Exit codes:", "0   graded (whatever the score)", "2   usage error",
                "3   input unusable", "4   internal error");
        out.getBuffer().setLength(0);
        assertThat(execute("grade", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Exit codes:", "--seed=N", "--backend=BACKEND");
    }

    private int execute(String... args) {
        CommandLine command = GraderCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
