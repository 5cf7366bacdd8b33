package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dlcourse.grader.InputUnusableException;
import org.dlcourse.grader.gradebook.CsvExport;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.gradebook.JunitExport;
import org.dlcourse.grader.term.TermFile;
import org.dlcourse.grader.term.TermFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code grader export}: the latest grades for an LMS. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every student's latest grade from the gradebook: --csv for an LMS grade import (the id"
                + " column, one column per exercise, total, max_total, percent, status, graded_at, content_hash), or"
                + " --junit for a CI server's test report. With --term, the CSV adds each exercise's late days and"
                + " adjusted score and the adjusted total, under the term file's deadlines, extensions and late policy;"
                + " the submission time is the gradebook's graded_at.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.INTERNAL_LINE})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CourseOption course;

    @Option(names = "--gradebook", paramLabel = "FILE", defaultValue = "grades/gradebook.db",
            description = "The gradebook (default: ${DEFAULT-VALUE}).")
    private Path gradebookFile;

    @Option(names = "--csv", description = "CSV for an LMS grade import.")
    private boolean csv;

    @Option(names = "--junit", description = "JUnit XML for a CI server: a test suite per student.")
    private boolean junit;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    private Path output;

    @Option(names = "--id-header", paramLabel = "NAME", defaultValue = "student",
            description = "Header of the identifier column, as the LMS expects it (default: ${DEFAULT-VALUE}).")
    private String idHeader;

    @Option(names = "--term", paramLabel = "FILE", description = "The term file (JSON: deadlines, extensions,"
            + " late_policy) for late days and adjusted scores in the CSV.")
    private Path termFile;

    @Override
    public Integer call() throws IOException {
        if (csv == junit) {
            throw new ParameterException(spec.commandLine(), "choose one format: --csv or --junit");
        }
        if (junit && termFile != null) {
            throw new ParameterException(spec.commandLine(), "--term adjusts the CSV only: use it with --csv");
        }
        Optional<TermFile> term = Optional.ofNullable(termFile).map(TermFileReader::read);
        List<String> exercises = csv ? course.load().exerciseIds() : List.of();
        term.ifPresent(present -> requireCourseExercises(present, exercises));
        if (!Files.isRegularFile(gradebookFile)) {
            throw new InputUnusableException("no gradebook at " + gradebookFile + "; run grader batch first, or"
                    + " name the gradebook with --gradebook");
        }
        try (Gradebook gradebook = Gradebook.open(gradebookFile)) {
            if (output != null) {
                try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    write(gradebook, exercises, term, writer);
                }
                spec.commandLine().getOut().println("grader: " + gradebook.latest().size() + " students written to "
                        + output);
            } else {
                write(gradebook, exercises, term, spec.commandLine().getOut());
            }
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private void write(Gradebook gradebook, List<String> exercises, Optional<TermFile> term, Writer writer)
            throws IOException {
        if (csv) {
            CsvExport.write(gradebook, exercises, idHeader, term, writer);
        } else {
            JunitExport.write(gradebook, writer);
        }
    }

    /** A deadline for an exercise the course does not have is a typo that would leave that exercise never late. */
    private void requireCourseExercises(TermFile term, List<String> exercises) {
        for (String exercise : term.deadlines().keySet().stream().sorted().toList()) {
            if (!exercises.contains(exercise)) {
                throw new InputUnusableException(termFile + ": deadlines." + exercise + ": not an exercise of the"
                        + " course (" + String.join(", ", exercises) + ")");
            }
        }
    }
}
