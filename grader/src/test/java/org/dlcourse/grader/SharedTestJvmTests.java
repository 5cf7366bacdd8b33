package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.TestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exercises of a submission share one test JVM (each with its tests and classes in a class loader of its own):
 * graded together, every test must get exactly the outcome it gets when its exercise is graded alone, in a JVM of
 * its own. Checked on the real course with a buggy variant in every exercise (the first of each exercise's mutant
 * corpus), so that passing and failing tests, with their messages, seeds and counterexamples, are compared, and with
 * one seed.
 *
 * <p>What a leak between exercises would break: a test finding another exercise's {@code exercise.json} or classes
 * (the library-shortcut scans read the descriptor from the class path), or state one exercise leaves in the course
 * libraries that changes another's numbers.
 */
class SharedTestJvmTests {

    private static final long SEED = 7L;

    @Test
    void everyTestHasTheOutcomeItHasWhenItsExerciseIsGradedAlone(@TempDir Path submission) throws Exception {
        Course course = Fixtures.realCourse();
        for (String id : course.exerciseIds()) {
            Path sources = submission.resolve(id).resolve("src/main/java");
            Fixtures.copyTree(Fixtures.repository().resolve("solutions").resolve(id).resolve("src/main/java"),
                    sources);
            VariantPatch.apply(firstVariant(id).resolve("variant.patch"), sources);
        }
        GradeRequest request = GradeRequest.of(submission).withSeed(SEED);
        Grader grader = new Grader(course);

        Report together = grader.grade(request);
        List<ExerciseResult> alone = gradeEachAlone(grader, request, course.exerciseIds());

        assertThat(together.exercises()).hasSameSizeAs(alone);
        for (int i = 0; i < alone.size(); i++) {
            ExerciseResult shared = together.exercises().get(i);
            ExerciseResult own = alone.get(i);
            assertThat(shared.exercise().id()).isEqualTo(own.exercise().id());
            assertThat(shared.status()).as(own.exercise().id()).isEqualTo(own.status());
            assertThat(shared.message()).as(own.exercise().id()).isEqualTo(own.message());
            assertThat(shared.tests()).as(own.exercise().id()).containsExactlyElementsOf(own.tests());
            assertThat(own.tests()).as("%s: its variant loses points, so failures are compared too",
                    own.exercise().id()).anySatisfy(test -> assertThat(test.status()).isNotEqualTo(TestStatus.PASSED));
            assertThat(own.tests()).as("%s: and passes are compared too", own.exercise().id())
                    .anySatisfy(test -> assertThat(test.status()).isEqualTo(TestStatus.PASSED));
        }
    }

    // Two at a time: each grading is deterministic whatever runs beside it.
    private static List<ExerciseResult> gradeEachAlone(Grader grader, GradeRequest request, List<String> ids)
            throws Exception {
        ExecutorService gradings = Executors.newFixedThreadPool(2);
        try {
            List<Future<Report>> reports = new ArrayList<>();
            for (String id : ids) {
                reports.add(gradings.submit(() -> grader.grade(request.withExercises(List.of(id)))));
            }
            List<ExerciseResult> results = new ArrayList<>();
            for (Future<Report> report : reports) {
                results.add(report.get().exercises().get(0));
            }
            return results;
        } finally {
            gradings.shutdownNow();
        }
    }

    private static Path firstVariant(String id) throws IOException {
        try (Stream<Path> variants = Files.list(Fixtures.fixtureSources().resolveSibling("mutants").resolve(id))) {
            return variants.filter(variant -> Files.isRegularFile(variant.resolve("variant.patch"))).sorted()
                    .findFirst().orElseThrow(() -> new IllegalStateException("no variant of " + id));
        }
    }
}
