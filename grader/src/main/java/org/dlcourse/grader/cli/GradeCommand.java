package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.SeedAssignment;
import org.dlcourse.grader.batch.SubmissionTree;
import org.dlcourse.grader.report.GradescopeReport;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grader grade}: grades a submission with the public and the hidden tests. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades a submission: compiles each exercise, checks its bytecode policy, runs the public and"
                + " hidden tests in a forked, limited JVM and reports the score of every test.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.INTERNAL_LINE})
final class GradeCommand implements Callable<Integer> {

    /** The report formats, as {@link ReportFormat} names them. */
    enum Format {
        console, json, gradescope, junit, markdown;

        ReportFormat format() {
            return ReportFormat.valueOf(name().toUpperCase(Locale.ROOT));
        }
    }

    /** Gradescope's visibilities. */
    enum Visibility { hidden, after_due_date, after_published, visible }

    /** The ND4J backends. */
    enum Backend { cpu, cuda }

    @Spec
    private CommandSpec spec;

    @Mixin
    private CourseOption course;

    @Mixin
    private SandboxOption sandbox;

    @Parameters(index = "0", paramLabel = "SUBMISSION",
            description = "A directory of exercise modules laid out like exercises/ (ID/src/main/java), or a clone"
                    + " of the handout holding exercises/, as batch accepts.")
    private Path submission;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "Grade only this exercise; repeatable (default: all).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "console",
            description = "console, json, gradescope (results.json), junit (Surefire XML) or markdown (student"
                    + " feedback); several, comma-separated, with --output-dir (default: ${DEFAULT-VALUE}).")
    private List<Format> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
    private Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write each format to its file in DIR: report.txt, report.json, results.json,"
                    + " TEST-dlcourse.xml, feedback.md.")
    private Path outputDirectory;

    @Option(names = "--gradescope-hidden-visibility", paramLabel = "VISIBILITY", defaultValue = "after_due_date",
            description = "Gradescope visibility of hidden tests: hidden, after_due_date, after_published or"
                    + " visible (default: ${DEFAULT-VALUE}); public tests are always visible.")
    private Visibility hiddenVisibility;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of every property, N, or of single exercises, EXERCISE=N,... as the gradebook's seeds"
                    + " column and report.json record a student's variant (default: each property's own fixed seed).")
    private String seed;

    @Option(names = "--replay", paramLabel = "COUNTEREXAMPLE",
            description = "Run one property once on exactly a reported counterexample: the value a report gives"
                    + " after -Ddlcourse.replay=, Class#method:arguments (quote it); repeatable. Other tests run as"
                    + " usual.")
    private List<String> replays = new ArrayList<>();

    @Option(names = "--backend", paramLabel = "BACKEND", defaultValue = "cpu",
            description = "ND4J backend of the test JVM: cpu or cuda (default: ${DEFAULT-VALUE}); never falls back.")
    private Backend backend;

    @Option(names = "--test-timeout", paramLabel = "SECONDS",
            description = "Budget of each test (default: the exercise's, 60 s).")
    private Integer testTimeout;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Budget of each exercise (default: the exercise's, 600 s).")
    private Integer timeout;

    @Override
    public Integer call() throws IOException, InterruptedException {
        SeedAssignment seeds;
        try {
            seeds = seed == null ? SeedAssignment.DEFAULT : SeedAssignment.parse(seed);
        } catch (IllegalArgumentException wrong) {
            throw new ParameterException(spec.commandLine(), "--seed: " + wrong.getMessage());
        }
        Grader grader = new Grader(course.load());
        GradeRequest request = GradeRequest.of(modules(grader))
                .withExercises(exercises)
                .withSeeds(seeds)
                .withReplays(replays)
                .withBackend(backend.name())
                .withBudgets(seconds(testTimeout, "--test-timeout"), seconds(timeout, "--timeout"))
                .withSandbox(sandbox.required());
        List<Format> distinct = formats.stream().distinct().toList();
        if (output != null && outputDirectory != null) {
            throw new ParameterException(spec.commandLine(), "--output and --output-dir exclude each other");
        }
        if (distinct.size() > 1 && outputDirectory == null) {
            throw new ParameterException(spec.commandLine(), "several formats need --output-dir");
        }
        Report report = grader.grade(request);
        PrintWriter out = spec.commandLine().getOut();
        if (outputDirectory != null) {
            Files.createDirectories(outputDirectory);
            List<String> written = new ArrayList<>();
            for (Format each : distinct) {
                Path file = outputDirectory.resolve(each.format().fileName());
                Files.writeString(file, render(report, each), StandardCharsets.UTF_8);
                written.add(file.toString());
            }
            out.println("grader: " + report.score() + "; reports written to " + String.join(", ", written));
            out.flush();
            return ExitCodes.OK;
        }
        String rendered = render(report, distinct.get(0));
        if (output != null) {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
            out.println("grader: " + report.score() + "; report written to " + output);
        } else {
            out.print(rendered);
        }
        out.flush();
        return ExitCodes.OK;
    }

    // Where the exercise modules are, as batch finds them in a student's directory; a missing submission is left to
    // the grader, which says so.
    private Path modules(Grader grader) throws IOException {
        if (!Files.isDirectory(submission)) {
            return submission;
        }
        return SubmissionTree.modules(submission, exercises.isEmpty() ? grader.course().exerciseIds() : exercises);
    }

    private Duration seconds(Integer value, String option) {
        if (value != null && value <= 0) {
            throw new ParameterException(spec.commandLine(), option + " must be a positive number of seconds");
        }
        return value == null ? null : Duration.ofSeconds(value);
    }

    private String render(Report report, Format format) {
        return format.format().render(report,
                GradescopeReport.Visibility.valueOf(hiddenVisibility.name().toUpperCase(Locale.ROOT)));
    }
}
