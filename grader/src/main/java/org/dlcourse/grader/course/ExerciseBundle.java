package org.dlcourse.grader.course;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An exercise with the instructor artifacts the grader runs against a submission; each path is a jar or a
 * directory of classes.
 *
 * @param exercise the descriptor
 * @param publicTests the public tests, as handed out
 * @param hiddenTests the hidden tests, with the descriptor
 * @param stubs the handout's stub classes: same packages and signatures as the solution, so tests are planned
 *     against them without any student code
 */
public record ExerciseBundle(Exercise exercise, Path publicTests, Path hiddenTests, Path stubs) {

    /** Checks that all components are present. */
    public ExerciseBundle {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(publicTests, "publicTests");
        Objects.requireNonNull(hiddenTests, "hiddenTests");
        Objects.requireNonNull(stubs, "stubs");
    }

    /** The exercise's id. */
    public String id() {
        return exercise.id();
    }

    /**
     * The digests of the course's own sources of this exercise, written by the build beside the hidden tests
     * ({@link org.dlcourse.grader.sandbox.TrustedSources}); a fixture course may have none.
     */
    public Path trustedSources() {
        return hiddenTests.resolveSibling(org.dlcourse.grader.sandbox.TrustedSources.FILE);
    }

    /** The test classes of {@code suite}. */
    public Path tests(Suite suite) {
        return suite == Suite.PUBLIC ? publicTests : hiddenTests;
    }
}
