package org.dlcourse.grader.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.GraderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course's declarations of given code that solves earlier exercises' tasks. */
class GivenCodeTests {

    @TempDir
    Path course;

    @Test
    void theCourseDeclaresWhatTheGivenCodeOf02And04And06And10And11Solves() throws IOException {
        assertThat(GivenCode.of(Fixtures.repository()))
                .containsOnlyKeys("02-sgd", "04-backprop", "06-transfer", "10-finite-width", "11-equivariant-ntk")
                .containsEntry("06-transfer", List.of("01-softmax", "02-sgd", "04-backprop", "05-regularization"))
                .containsEntry("10-finite-width", List.of("03-bias-variance"))
                .containsEntry("11-equivariant-ntk", List.of("07-ntk"));
    }

    @Test
    void aDeclarationNamingNoExerciseOfTheCourseIsAnError() throws IOException {
        Files.createDirectories(course.resolve("exercises"));
        Files.createDirectories(course.resolve("solutions"));
        Files.writeString(course.resolve("exercises/pom.xml"), "<modules><module>01-a</module>"
                + "<module>02-b</module></modules>");
        Files.writeString(course.resolve(GivenCode.DECLARATIONS), "02-b = 01-a\n");
        assertThat(GivenCode.of(course)).containsEntry("02-b", List.of("01-a"));

        Files.writeString(course.resolve(GivenCode.DECLARATIONS), "02-b = 01-a, 01\n");
        assertThatThrownBy(() -> GivenCode.of(course)).isInstanceOf(GraderException.class)
                .hasMessageContaining("names 01, which is not an exercise of the course (01-a, 02-b)");
    }
}
