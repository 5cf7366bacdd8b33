package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.similarity.JPlagInstallation;
import org.dlcourse.grader.similarity.SimilarityCheck;
import org.dlcourse.grader.similarity.SimilarityReport;
import org.dlcourse.grader.similarity.SimilarityRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grader similarity}: pairs of students whose code in an exercise is unusually similar, found by JPlag. */
@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = "Runs JPlag (GPL-3.0, in a JVM of its own) on each exercise of CLASS_DIR (one sub-directory or"
                + " .zip per student, as batch takes) with the handout's stubs as base code, and writes the pairs at"
                + " or above the threshold, most similar first, to OUT/similarity.csv and OUT/similarity.md (with the"
                + " matching regions, file:lines on each side), and JPlag's own report per exercise to OUT/jplag/ID.zip"
                + " (for JPlag's report viewer). JPlag " + JPlagInstallation.VERSION + " is fetched from Maven Central"
                + " into ~/.cache/dlcourse/jplag on first use, unless --jplag says where it is.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.SIMILARITY_UNAVAILABLE_LINE,
            ExitCodes.INTERNAL_LINE})
final class SimilarityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CourseOption course;

    @Parameters(index = "0", paramLabel = "CLASS_DIR",
            description = "One sub-directory or .zip per student, named by the student's id.")
    private Path classDirectory;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID", description = "Check only this exercise; repeatable"
            + " (default: all).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "50",
            description = "Report pairs whose similarity is at least this (0-100; default: ${DEFAULT-VALUE}).")
    private double thresholdPercent;

    @Option(names = {"-t", "--min-tokens"}, paramLabel = "N", defaultValue = "0",
            description = "JPlag's minimum token match: shorter common runs do not count (default: JPlag's, 9).")
    private int minimumTokens;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "similarity",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--jplag", paramLabel = "PATH",
            description = "JPlag's jar-with-dependencies, or a directory of JPlag's jars (default: JPlag "
                    + JPlagInstallation.VERSION + " from the cache, fetched on first use).")
    private Path jplag;

    @Option(names = "--jplag-repository", paramLabel = "URL", defaultValue = "https://repo.maven.apache.org/maven2/",
            description = "The Maven repository (or mirror) JPlag is fetched from (default: ${DEFAULT-VALUE}).")
    private URI repository;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!(thresholdPercent >= 0 && thresholdPercent <= 100) || minimumTokens < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--threshold must be in 0-100 and --min-tokens must not be negative");
        }
        Course loaded = course.load();
        SimilarityRequest request = new SimilarityRequest(classDirectory, exercises, thresholdPercent / 100,
                minimumTokens, out);
        JPlagInstallation installation = jplag != null ? JPlagInstallation.at(jplag)
                : JPlagInstallation.cached(JPlagInstallation.defaultCacheDirectory(System::getenv,
                        System::getProperty), repository.toString().endsWith("/") ? repository
                        : URI.create(repository + "/"));
        SimilarityCheck.Outcome outcome = new SimilarityCheck(loaded, installation).run(request);
        Files.createDirectories(out);
        Files.writeString(out.resolve("similarity.csv"), SimilarityReport.csv(outcome), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("similarity.md"), SimilarityReport.markdown(outcome, request.threshold()),
                StandardCharsets.UTF_8);
        PrintWriter writer = spec.commandLine().getOut();
        writer.println(String.format(Locale.ROOT, "grader: %d %s at or above %.0f %% (%s); %s and %s",
                outcome.pairs().size(), outcome.pairs().size() == 1 ? "pair" : "pairs", thresholdPercent, String.join("; ", outcome.compared()),
                out.resolve("similarity.csv"), out.resolve("similarity.md")));
        writer.flush();
        return ExitCodes.OK;
    }
}
