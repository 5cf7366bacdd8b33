package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.report.ConsoleReport;
import org.dlcourse.grader.report.JsonReport;
import org.dlcourse.grader.report.Report;
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

    /** The report formats. */
    enum Format { console, json }

    /** The ND4J backends. */
    enum Backend { cpu, cuda }

    @Spec
    private CommandSpec spec;

    @Mixin
    private CourseOption course;

    @Parameters(index = "0", paramLabel = "SUBMISSION",
            description = "A directory of exercise modules laid out like exercises/ (ID/src/main/java).")
    private Path submission;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "Grade only this exercise; repeatable (default: all).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console",
            description = "console or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
    private Path output;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of every property (default: each property's own fixed seed).")
    private Long seed;

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
        GradeRequest request = GradeRequest.of(submission)
                .withExercises(exercises)
                .withSeed(seed)
                .withBackend(backend.name())
                .withBudgets(seconds(testTimeout, "--test-timeout"), seconds(timeout, "--timeout"));
        Report report = new Grader(course.load()).grade(request);
        String rendered = render(report, format);
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
            out.println("grader: " + report.score() + "; report written to " + output);
        } else {
            out.print(rendered);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Duration seconds(Integer value, String option) {
        if (value != null && value <= 0) {
            throw new ParameterException(spec.commandLine(), option + " must be a positive number of seconds");
        }
        return value == null ? null : Duration.ofSeconds(value);
    }

    static String render(Report report, Format format) {
        if (format == Format.json) {
            return JsonReport.render(report);
        }
        StringWriter text = new StringWriter();
        ConsoleReport.write(report, new PrintWriter(text));
        return text.toString();
    }
}
