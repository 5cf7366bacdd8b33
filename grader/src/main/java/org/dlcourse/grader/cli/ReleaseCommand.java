package org.dlcourse.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dlcourse.grader.release.HandoutRelease;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader release}: the student handout. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Writes the student handout to OUT: the exercises (stubs and public tests), the kit, the"
                + " lectures and figures, the licences, a student README and POM and the Maven wrapper; then audits it"
                + " and fails if any solution, hidden test or solution region got in.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.INTERNAL_LINE})
final class ReleaseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "An empty or new directory.")
    private Path out;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The course repository (default: the current directory).")
    private Path root;

    @Option(names = "--github-classroom",
            description = "Add the GitHub Classroom autograding workflow (.github/workflows/autograding.yml).")
    private boolean githubClassroom;

    @Override
    public Integer call() throws IOException {
        HandoutRelease.release(root.toAbsolutePath().normalize(), out, githubClassroom);
        spec.commandLine().getOut().println("grader: handout written to " + out + " and audited: no solutions, no"
                + " hidden tests, no solution regions");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
