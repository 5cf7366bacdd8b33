package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.gradescope.Autograder;
import org.dlcourse.grader.gradescope.AutograderDirectory;
import org.dlcourse.grader.report.GradescopeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader gradescope}: the Gradescope autograder's grading step, called by {@code run_autograder}. */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
        description = "Runs as a Gradescope autograder: grades the upload in ROOT/submission (a handout clone, a zip"
                + " of exercises/ or the exercise folders) and writes ROOT/results/results.json. When nothing can be"
                + " graded, results.json still says why, with a score of 0; the exit code and this output (which"
                + " only the instructor sees on Gradescope) say it too.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:graded (whatever the score); results.json written",
                "2:usage error, or an exercise the course does not have; results.json written for an exercise",
                "3:upload unusable, or the sandbox, backend or course bundle unavailable; results.json written",
                "4:internal error; results.json written unless it could not be"})
final class GradescopeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CourseOption course;

    @Mixin
    private SandboxOption sandbox;

    @Option(names = "--autograder-root", paramLabel = "ROOT",
            description = "Gradescope's autograder directory (default: /autograder).")
    private Path root = AutograderDirectory.GRADESCOPE_ROOT;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "An exercise of this assignment; repeatable (default: every exercise of the course).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of every property (default: each property's own fixed seed).")
    private Long seed;

    @Option(names = "--gradescope-hidden-visibility", paramLabel = "VISIBILITY", defaultValue = "after_due_date",
            description = "Gradescope visibility of hidden tests: hidden, after_due_date, after_published or"
                    + " visible (default: ${DEFAULT-VALUE}); public tests are always visible, and the text shown"
                    + " with the results counts only the points of visible tests.")
    private GradeCommand.Visibility hiddenVisibility;

    @Override
    public Integer call() throws IOException {
        AutograderDirectory directory = new AutograderDirectory(root);
        Autograder autograder = new Autograder(() -> new Grader(course.load()), new Autograder.Settings(exercises, seed,
                sandbox.required(), GradescopeReport.Visibility.valueOf(hiddenVisibility.name().toUpperCase(
                        Locale.ROOT))));
        Autograder.Run run = autograder.run(directory);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = switch (run.verdict()) {
            case GRADED -> ExitCodes.OK;
            case MISCONFIGURED -> ExitCodes.USAGE;
            case UNUSABLE_SUBMISSION, MACHINE_FAULT -> ExitCodes.UNUSABLE;
            case DEFECT -> ExitCodes.INTERNAL;
        };
        if (code == ExitCodes.OK) {
            out.println("grader: " + run.message() + "; results written to " + directory.results());
        } else {
            err.println("grader: not graded (" + run.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "): " + run.message() + "; results written to " + directory.results());
            if (run.defect() != null) {
                run.defect().printStackTrace(err);
            }
        }
        out.flush();
        err.flush();
        return code;
    }
}
