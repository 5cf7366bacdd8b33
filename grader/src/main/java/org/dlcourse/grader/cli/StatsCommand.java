package org.dlcourse.grader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlcourse.grader.InputUnusableException;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.stats.ClassStatistics;
import org.dlcourse.grader.stats.StatsCharts;
import org.dlcourse.grader.stats.StatsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader stats}: class statistics with figures. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Class statistics of the gradebook's latest submissions: per exercise the score histogram,"
                + " per test the pass rate, the most failed tests with their hints; stats.md and PNG figures.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.INTERNAL_LINE})
final class StatsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gradebook", paramLabel = "FILE", defaultValue = "grades/gradebook.db",
            description = "The gradebook (default: ${DEFAULT-VALUE}).")
    private Path gradebookFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grades/stats",
            description = "Where stats.md and the figures go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gradebookFile)) {
            throw new InputUnusableException("no gradebook at " + gradebookFile + "; run grader batch first, or"
                    + " name the gradebook with --gradebook");
        }
        ClassStatistics statistics;
        try (Gradebook gradebook = Gradebook.open(gradebookFile)) {
            statistics = ClassStatistics.of(gradebook);
        }
        List<Path> figures = StatsCharts.write(statistics, out);
        Path markdown = out.resolve("stats.md");
        Files.writeString(markdown, StatsReport.markdown(statistics, true), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("grader: statistics of " + statistics.students() + " students written to "
                + markdown + " with " + figures.size() + " figures");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
