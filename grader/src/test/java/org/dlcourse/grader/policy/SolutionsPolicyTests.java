package org.dlcourse.grader.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.ExerciseBundle;
import org.dlcourse.kit.bytecode.CallRule;
import org.dlcourse.kit.bytecode.ClassFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reference solution under {@code solutions/} passes the standard policy: compiled here from its sources
 * (whether or not its exercise is in the course bundle yet), its classes are checked against the base denylist,
 * the allowlist and, when the course has the exercise, the exercise's forbidden calls. A solution that needs an
 * API outside the allowlist fails here with the API and where it is used, before any student meets the policy.
 */
class SolutionsPolicyTests {

    @TempDir
    Path classes;

    @TestFactory
    Stream<DynamicTest> everyReferenceSolutionPassesThePolicy() throws IOException {
        Course course = Fixtures.realCourse();
        List<Path> solutions;
        try (Stream<Path> children = Files.list(Fixtures.repository().resolve("solutions"))) {
            solutions = children.filter(child -> Files.isDirectory(child.resolve("src/main/java"))).sorted().toList();
        }
        assertThat(solutions).as("reference solutions in solutions/").isNotEmpty();
        return solutions.stream().map(solution -> DynamicTest.dynamicTest(solution.getFileName().toString(),
                () -> check(course, solution)));
    }

    private void check(Course course, Path solution) throws IOException {
        String id = solution.getFileName().toString();
        Path compiled = Fixtures.compile(solution.resolve("src/main/java"), classes.resolve(id),
                course.runtimeClasspath());
        SortedMap<String, byte[]> classFiles = ClassFiles.readAll(compiled);
        List<CallRule> forbidden = course.exercise(id).map(ExerciseBundle::exercise)
                .map(exercise -> exercise.forbiddenCalls()).orElse(List.of());

        List<PolicyViolation> violations = PolicyStage.check(classFiles, forbidden, BaseDenylist.rules(),
                CourseAllowlist.rules(), id + "/src/main/java");

        assertThat(classFiles).as("classes of %s", id).isNotEmpty();
        assertThat(violations).as("policy violations of the reference solution %s", id).isEmpty();
    }
}
