package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.UnknownExerciseException;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.report.ConsoleReport;
import org.dlcourse.grader.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grader check}: the student's self-check, with the public tests only. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Self-check: runs only the public tests on a submission, exactly as grading runs them. The"
                + " hidden tests run only at grading.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.INTERNAL_LINE})
final class CheckCommand implements Callable<Integer> {

    /** Shown before and after the results, so that "all passed" never reads as full marks. */
    static final String BANNER = "Self-check with the PUBLIC tests only. Grading also runs hidden tests, so passing"
            + " every test here does not mean full marks.";

    @Spec
    private CommandSpec spec;

    @Mixin
    private CourseOption course;

    @Mixin
    private SandboxOption sandbox;

    @Parameters(index = "0", paramLabel = "SUBMISSION",
            description = "A directory of exercise modules laid out like exercises/ (ID/src/main/java).")
    private Path submission;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "Check only this exercise; repeatable (default: all).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of every property, to replay a failure the report names (default: each property's"
                    + " own fixed seed).")
    private Long seed;

    @Option(names = "--replay", paramLabel = "COUNTEREXAMPLE",
            description = "Run one property once on exactly a reported counterexample: the value a report gives"
                    + " after -Ddlcourse.replay=, Class#method:arguments (quote it); repeatable.")
    private List<String> replays = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Course loaded = course.load();
        // Before the banner: a mistyped exercise is a usage error of one line, not a report.
        for (String id : exercises) {
            if (loaded.exercise(id).isEmpty()) {
                throw new UnknownExerciseException("unknown exercise '" + id + "'; the course has "
                        + String.join(", ", loaded.exerciseIds()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(BANNER);
        out.println();
        out.flush();
        Report report = new Grader(loaded).grade(GradeRequest.of(submission).withExercises(exercises)
                .withSuites(Set.of(Suite.PUBLIC)).withSeed(seed).withReplays(replays)
                .withSandbox(sandbox.required()));
        ConsoleReport.write(report, out);
        out.println();
        out.println(BANNER);
        out.flush();
        return ExitCodes.OK;
    }
}
