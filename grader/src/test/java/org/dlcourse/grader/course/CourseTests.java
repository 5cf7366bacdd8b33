package org.dlcourse.grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dlcourse.grader.CourseUnavailableException;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.kit.grading.ExerciseDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course bundle this build assembled, and the graded tests planned from it. */
class CourseTests {

    @Test
    void theBuiltBundleHoldsEveryExerciseWithItsDescriptorAndTheBackendItWasBuiltWith() {
        Course course = Fixtures.realCourse();

        assertThat(course.exerciseIds()).contains("01-softmax");
        assertThat(course.backend()).isIn("cpu", "cuda");
        assertThat(course.runtimeClasspath()).anySatisfy(entry -> assertThat(entry.toString()).contains("nd4j"));
    }

    @Test
    void everyPlannedTestGradesADeclaredTaskAndEveryTaskIsGraded() {
        Course course = Fixtures.realCourse();
        TestDiscovery discovery = new TestDiscovery(course);
        for (ExerciseBundle bundle : course.exercises()) {
            List<GradedTest> tests = discovery.plan(bundle, Set.of(Suite.PUBLIC, Suite.HIDDEN));
            Set<String> declared = bundle.exercise().tasks().stream().map(ExerciseDescriptor.Task::id)
                    .collect(Collectors.toSet());

            assertThat(tests).as(bundle.id()).extracting(GradedTest::suite).contains(Suite.PUBLIC, Suite.HIDDEN);
            assertThat(tests).as(bundle.id()).allSatisfy(test -> {
                assertThat(test.task()).as(test.name()).isIn(declared);
                assertThat(test.hint()).as(test.name()).isNotBlank();
                assertThat(test.points()).as(test.name()).isPositive();
            });
            assertThat(tests.stream().map(GradedTest::task).collect(Collectors.toSet())).isEqualTo(declared);
        }
    }

    @Test
    void thePlanIsTheSameEveryTimeAndPublicTestsComeFirst() {
        Course course = Fixtures.realCourse();
        ExerciseBundle bundle = course.exercise("01-softmax").orElseThrow();

        List<GradedTest> first = new TestDiscovery(course).plan(bundle, Set.of(Suite.PUBLIC, Suite.HIDDEN));
        List<GradedTest> second = new TestDiscovery(course).plan(bundle, Set.of(Suite.HIDDEN, Suite.PUBLIC));

        assertThat(second).isEqualTo(first);
        assertThat(first.get(0).suite()).isEqualTo(Suite.PUBLIC);
        assertThat(first.get(first.size() - 1).suite()).isEqualTo(Suite.HIDDEN);
    }

    /**
     * The student checker's bundle: the public tests, the stubs and a jar with only the descriptor. It plans the
     * public tests, no hidden test, and has the forbidden calls; without the descriptor too it is incomplete.
     */
    @Test
    void aBundleWithTheDescriptorAloneHasThePublicTestsTheForbiddenCallsAndNoHiddenTest(@TempDir Path checker)
            throws IOException {
        Path real = Fixtures.realBundle();
        Files.copy(real.resolve("runtime.classpath"), checker.resolve("runtime.classpath"));
        Files.copy(real.resolve("course.properties"), checker.resolve("course.properties"));
        Path exercise = Files.createDirectories(checker.resolve("exercises/01-softmax"));
        for (String artifact : List.of("public-tests.jar", "stubs.jar")) {
            Files.copy(real.resolve("exercises/01-softmax").resolve(artifact), exercise.resolve(artifact));
        }
        try (ZipFile hidden = new ZipFile(real.resolve("exercises/01-softmax/hidden-tests.jar").toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(exercise.resolve(
                        Course.DESCRIPTOR_ONLY)))) {
            out.putNextEntry(new ZipEntry(ExerciseDescriptors.LOCATION));
            try (InputStream in = hidden.getInputStream(hidden.getEntry(ExerciseDescriptors.LOCATION))) {
                in.transferTo(out);
            }
            out.closeEntry();
        }

        Course course = Course.load(checker);
        ExerciseBundle bundle = course.exercise("01-softmax").orElseThrow();
        List<GradedTest> tests = new TestDiscovery(course).plan(bundle, Set.of(Suite.PUBLIC, Suite.HIDDEN));

        assertThat(bundle.exercise().forbiddenCalls()).isEqualTo(Fixtures.realCourse().exercise("01-softmax")
                .orElseThrow().exercise().forbiddenCalls()).isNotEmpty();
        assertThat(tests).isNotEmpty().allSatisfy(test -> assertThat(test.suite()).isEqualTo(Suite.PUBLIC));
        Files.delete(exercise.resolve(Course.DESCRIPTOR_ONLY));
        assertThatThrownBy(() -> Course.load(checker)).isInstanceOf(CourseUnavailableException.class)
                .hasMessageContaining("hidden-tests.jar");
    }

    @Test
    void aMissingBundleSaysTheGraderIsNotBuiltAndHowToBuildIt(@TempDir Path empty) {
        assertThatThrownBy(() -> Course.load(empty))
                .isInstanceOf(CourseUnavailableException.class)
                .hasMessageContaining("the grader is not built")
                .hasMessageContaining(Course.BUILD_COMMAND);
    }
}
