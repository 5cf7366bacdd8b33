package org.dlcourse.grader.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;
import org.dlcourse.grader.scoring.ExerciseStatus;

/**
 * Copies the exercise's main Java sources, {@code <submission>/<id>/src/main/java/**.java}, into the workspace.
 *
 * <p>Nothing else is copied: not the student's tests, resources or build files, so neither a modified test nor a
 * service file nor a build plugin takes part in grading. Only regular files count; symbolic links are neither
 * followed nor copied, so a submission cannot pull in files from outside itself.
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
            Files.copy(source, target);
        }
    }
}
