package org.dlcourse.grader.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;
import org.dlcourse.grader.scoring.ExerciseStatus;

/**
 * Copies the exercise's main Java sources, {@code <submission>/<id>/src/main/java/**.java}, into the workspace.
 *
 * <p>Nothing else is copied: not the student's tests, resources or build files, so neither a modified test nor a
 * service file nor a build plugin takes part in grading.
 *
 * <p>A submission is real files only. Symbolic links are never followed: a link pointing into the hidden tests
 * would have them compiled and named in diagnostics, one pointing at the reference solution would score it. A link
 * anywhere on the way to the sources ({@code <id>}, {@code src}, {@code src/main}, {@code src/main/java}) or
 * anywhere below them, to a file or a directory, makes the exercise {@code missing}, with a message naming the
 * first link found ("01-softmax/src/main is a symbolic link; submit real files"): one rule for every link, rather
 * than some skipped silently, so that a student never wonders which of their files were graded. The submission
 * directory itself is the instructor's argument and may be reached through a link.
 */
public final class WorkspaceStage implements Stage {

    @Override
    public void run(ExerciseRun run) throws IOException {
        Path from = run.submittedSources();
        Path to = run.sources();
        Files.createDirectories(to);
        Files.createDirectories(run.classes());
        Files.createDirectories(run.runDirectory().resolve("tmp"));
        Files.createDirectories(run.resultsDirectory());
        Optional<Path> link = firstLink(run.submission(), from);
        if (link.isPresent()) {
            run.stop(ExerciseStatus.MISSING, run.submission().relativize(link.get()).toString().replace('\\', '/')
                    + " is a symbolic link; submit real files");
            return;
        }
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            run.stop(ExerciseStatus.MISSING, "the submission has no " + run.sourceRootLabel());
            return;
        }
        List<Path> sources;
        try (Stream<Path> files = Files.walk(from)) {
            sources = files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> file.getFileName().toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
        if (sources.isEmpty()) {
            run.stop(ExerciseStatus.MISSING, "the submission has no Java sources in " + run.sourceRootLabel());
            return;
        }
        for (Path source : sources) {
            Path target = to.resolve(from.relativize(source).toString());
            Files.createDirectories(target.getParent());
            Files.copy(source, target, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * The first symbolic link on the way from {@code submission} down to {@code sources}, or below {@code sources},
     * in path order; empty if there is none (or the way ends before {@code sources}).
     */
    public static Optional<Path> firstLink(Path submission, Path sources) throws IOException {
        Path step = submission;
        for (Path name : submission.relativize(sources)) {
            step = step.resolve(name);
            if (Files.isSymbolicLink(step)) {
                return Optional.of(step);
            }
            if (!Files.isDirectory(step, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
        }
        try (Stream<Path> below = Files.walk(sources)) {
            return below.filter(Files::isSymbolicLink).sorted().findFirst();
        }
    }
}
