package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.Score;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission is real files: a symbolic link anywhere on the way to an exercise's sources or below them makes the
 * exercise {@code missing} with a message naming the link, whatever it points to (here the reference solution,
 * which would score full marks if followed). Graded through the real pipeline on the fixture exercises; batch grades
 * each student's modules through the same pipeline.
 */
class SymbolicLinkTests {

    private static final String ARITH = "90-arith";
    private static final String STRINGS = "91-strings";
    private static final String ARITH_FILE = "org/dlcourse/fixture/arith/Arith.java";

    @TempDir
    static Path shared;

    private static Course course;

    @TempDir
    Path temporary;

    @BeforeAll
    static void buildFixtureCourse() throws IOException {
        course = Course.load(Fixtures.fixtureBundle(shared.resolve("course"), ARITH, STRINGS));
    }

    @Test
    void aLinkAtAnyLevelOfAnExerciseMakesItMissingAndTheOtherExerciseIsGraded() throws Exception {
        Path solution = temporary.resolve("solution");
        Fixtures.writeFixture(solution, ARITH, "solution");
        Path exercise = solution.resolve(ARITH);
        // Each level of the way to the sources, and a file and a directory below them, linked to the solution's.
        List<String> levels = List.of("", "src", "src/main", "src/main/java", "src/main/java/org",
                "src/main/java/" + ARITH_FILE);
        for (String level : levels) {
            Path submission = temporary.resolve("submission-" + levels.indexOf(level));
            Fixtures.writeFixture(submission, STRINGS, "solution");
            Path link = level.isEmpty() ? submission.resolve(ARITH) : submission.resolve(ARITH).resolve(level);
            Path target = level.isEmpty() ? exercise : exercise.resolve(level);
            Files.createDirectories(link.getParent());
            if (level.endsWith(".java")) {
                // Beside the link, a real source file, so that the exercise is not missing for want of sources.
                Fixtures.writeSource(submission, ARITH, "org/dlcourse/fixture/arith/Helper.java",
                        "package org.dlcourse.fixture.arith;\n\nfinal class Helper {\n}\n");
            }
            Files.createSymbolicLink(link, target);

            Report report = new Grader(course).grade(GradeRequest.of(submission));

            ExerciseResult arith = exercise(report, ARITH);
            String named = (ARITH + "/" + level).replaceAll("/$", "");
            assertThat(arith.status()).as(named).isEqualTo(ExerciseStatus.MISSING);
            assertThat(arith.message()).as(named).isEqualTo(named + " is a symbolic link; submit real files");
            assertThat(arith.score()).as(named).isEqualTo(new Score(0, 5));
            assertThat(exercise(report, STRINGS).score()).as(named).isEqualTo(new Score(2, 2));
        }
    }

    private static ExerciseResult exercise(Report report, String id) {
        return report.exercises().stream().filter(result -> result.exercise().id().equals(id)).findFirst()
                .orElseThrow();
    }
}
