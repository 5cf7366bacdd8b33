package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlcourse.grader.GraderException;
import org.dlcourse.grader.gradebook.GradeChanges;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.gradebook.GradingChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code grader changes}: what a regrade changed, per student and test, before it is published. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "Compares two gradings of every student in the gradebook (default: each student's last two)"
                + " and lists, per student and test, the old and new outcome and score: a readable table, or --csv.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.INTERNAL_LINE})
final class ChangesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gradebook", paramLabel = "FILE", defaultValue = "grades/gradebook.db",
            description = "The gradebook (default: ${DEFAULT-VALUE}).")
    private Path gradebookFile;

    @Option(names = "--from", paramLabel = "N",
            description = "The older grading: each student's N-th, 1 for the first (default: the one before --to).")
    private Integer from;

    @Option(names = "--to", paramLabel = "N", description = "The newer grading (default: each student's latest).")
    private Integer to;

    @Option(names = "--csv", description = "CSV, a row per changed test and per changed grade.")
    private boolean csv;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (from != null && from < 1 || to != null && to < 1 || from != null && to != null && from >= to) {
            throw new ParameterException(spec.commandLine(), "--from and --to are grading numbers from 1, --from"
                    + " before --to");
        }
        if (!Files.isRegularFile(gradebookFile)) {
            throw new GraderException("no gradebook at " + gradebookFile + "; run grader batch first");
        }
        List<GradingChange> changes;
        try (Gradebook gradebook = Gradebook.open(gradebookFile)) {
            changes = GradeChanges.between(gradebook, from, to);
        }
        if (output != null) {
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(changes, writer);
            }
            spec.commandLine().getOut().println("grader: the changes of " + changes.size() + " students written to "
                    + output);
        } else {
            write(changes, spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private void write(List<GradingChange> changes, Writer writer) throws IOException {
        if (csv) {
            GradeChanges.writeCsv(changes, writer);
        } else {
            GradeChanges.writeTable(changes, writer);
        }
    }
}
