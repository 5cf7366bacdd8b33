package org.dlcourse.grader.execute;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dlcourse.grader.Fixtures;
import org.dlcourse.kit.backend.BackendUnavailableException;
import org.junit.jupiter.api.Test;

/** A backend that does not load on this machine stops grading before any test runs, saying why. */
class NativeLibrariesTests {

    @Test
    void aBackendThatDoesNotLoadIsReportedWithTheRunnersReason() {
        // The course is built with the CPU backend: CUDA's classes are not on its classpath, whatever the machine.
        assertThatThrownBy(() -> NativeLibraries.extract(
                ExecuteStage.testJvmClasspath(Fixtures.realCourse().runtimeClasspath()), "cuda"))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageStartingWith("nothing graded: ")
                .hasMessageContaining("cuda");
    }
}
