package org.dlcourse.grader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlcourse.grader.gradebook.Gradebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grader merge}: combines the gradebooks of shards. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Adds the submissions of each SHARD_GRADEBOOK that the target gradebook does not have yet"
                + " (by grading uid), so merging the same shard twice changes nothing.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.INTERNAL_LINE})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--into", paramLabel = "FILE", required = true,
            description = "The gradebook to merge into (created if missing).")
    private Path into;

    @Parameters(arity = "1..*", paramLabel = "SHARD_GRADEBOOK", description = "The shards' gradebook files.")
    private List<Path> shards;

    @Override
    public Integer call() {
        try (Gradebook gradebook = Gradebook.open(into)) {
            for (Path shard : shards) {
                int added = gradebook.merge(shard);
                spec.commandLine().getOut().println("grader: merged " + added + " submission"
                        + (added == 1 ? "" : "s") + " from " + shard);
            }
            spec.commandLine().getOut().println("grader: " + gradebook.size() + " submissions of "
                    + gradebook.latest().size() + " students in " + into);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
