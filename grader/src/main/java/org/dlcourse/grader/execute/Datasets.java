package org.dlcourse.grader.execute;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dlcourse.grader.course.Exercise;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.kit.data.FashionMnistLocator;

/**
 * The data sets a test JVM's exercises read ({@link Exercise#datasets()}), located by the grader before the JVM
 * starts: a sandboxed JVM has no network to download them and sees only the directories it is given, so the grader
 * finds (or downloads, outside the sandbox) Fashion-MNIST as the kit would, and hands the JVM that very directory.
 */
final class Datasets {

    private Datasets() {
    }

    /**
     * Fashion-MNIST's directory if any of {@code runs} reads it and it can be found; empty otherwise (the tests then
     * report the kit's own message naming every place it looked).
     */
    static synchronized Optional<Path> fashionMnist(List<ExerciseRun> runs) {
        boolean needed = runs.stream().anyMatch(run -> run.exercise().datasets().contains(Exercise.FASHION_MNIST));
        if (!needed) {
            return Optional.empty();
        }
        try {
            return Optional.of(FashionMnistLocator.fromEnvironment().locate().toAbsolutePath());
        } catch (RuntimeException unavailable) {
            return Optional.empty();
        }
    }
}
