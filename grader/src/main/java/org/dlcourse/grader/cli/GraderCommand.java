package org.dlcourse.grader.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code grader}: the command line of the course's grader. */
@Command(name = "grader", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Grades submissions of the deep-learning course in forked, limited JVMs, and generates the"
                + " exercise stubs from the solutions.",
        subcommands = {ListCommand.class, GradeCommand.class, CheckCommand.class, StubsCommand.class,
                BatchCommand.class, MergeCommand.class, ExportCommand.class, ChangesCommand.class, StatsCommand.class,
                ReleaseCommand.class, GradescopeCommand.class,
                SimilarityCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.STUBS_LINE, ExitCodes.USAGE_LINE, ExitCodes.UNUSABLE_LINE,
                ExitCodes.INTERNAL_LINE})
public final class GraderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Runs the grader and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with the error handling of {@link #main}, for tests to execute with their own writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new GraderCommand()).setExecutionExceptionHandler(new BusinessErrors());
    }

    /** Without a subcommand: the usage, and a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
