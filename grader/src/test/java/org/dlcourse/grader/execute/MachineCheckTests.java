package org.dlcourse.grader.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.MachineNotReadyException;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.Exercise;
import org.dlcourse.grader.course.ExerciseBundle;
import org.dlcourse.grader.report.Report;
import org.dlcourse.kit.data.ContentChecksums;
import org.dlcourse.kit.data.FashionMnistDownload;
import org.dlcourse.kit.data.FashionMnistLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine that lacks what the course needs grades nothing: the fixture exercise 90-arith is declared to read
 * Fashion-MNIST, on a machine whose every place for it is empty and whose download cannot connect.
 */
class MachineCheckTests {

    @TempDir
    static Path shared;

    private static Course course;

    @TempDir
    Path temporary;

    @BeforeAll
    static void buildFixtureCourse() throws IOException {
        Course fixtures = Course.load(Fixtures.fixtureBundle(shared.resolve("course"), "90-arith", "91-strings"));
        List<ExerciseBundle> exercises = fixtures.exercises().stream().map(bundle -> {
            Exercise exercise = bundle.exercise();
            return !exercise.id().equals("90-arith") ? bundle : new ExerciseBundle(new Exercise(exercise.descriptor(),
                    exercise.limits(), exercise.usesNd4j(), List.of(Exercise.FASHION_MNIST)), bundle.publicTests(),
                    bundle.hiddenTests(), bundle.stubs());
        }).toList();
        course = new Course(fixtures.runtimeClasspath(), fixtures.backend(), exercises);
    }

    /** A machine with no Fashion-MNIST: empty configured and system directories, a download that cannot connect. */
    private MachineCheck withoutFashionMnist() throws IOException {
        Path empty = Files.createDirectories(temporary.resolve("empty"));
        // Port 9 (discard) on the loopback: nothing listens there, so the connection is refused at once.
        FashionMnistDownload download = new FashionMnistDownload(URI.create("http://127.0.0.1:9/"),
                temporary.resolve("cache"), ContentChecksums.official(), Duration.ofSeconds(5));
        return new MachineCheck(() -> new FashionMnistLocator(Optional.of(empty), empty, download), temporary,
                MachineCheck.MINIMUM_FREE_BYTES);
    }

    @Test
    void aSubmissionOfAnExerciseThatReadsAMissingDataSetIsNotGradedAndTheMessageSaysHowToFixIt()
            throws IOException {
        Path submission = temporary.resolve("submission");
        Fixtures.writeFixture(submission, "90-arith", "solution");
        Grader grader = new Grader(course).withMachineCheck(withoutFashionMnist());

        assertThatThrownBy(() -> grader.grade(GradeRequest.of(submission).withSandbox(false)))
                .isInstanceOf(MachineNotReadyException.class)
                .hasMessageStartingWith("nothing graded: 90-arith reads Fashion-MNIST, and this machine has no copy.")
                .hasMessageContaining("FASHION_MNIST_DIR", "apt-get install dataset-fashion-mnist", "127.0.0.1:9");
        assertThatThrownBy(() -> grader.prepareMachine(List.of(), "cpu"))
                .as("a batch checks before grading anybody").isInstanceOf(MachineNotReadyException.class);
    }

    @Test
    void aSubmissionWithoutTheExercisesThatReadTheDataSetIsGradedWithoutIt() throws IOException, InterruptedException {
        Path submission = temporary.resolve("submission");
        Fixtures.writeFixture(submission, "91-strings", "solution");

        Report report = new Grader(course).withMachineCheck(withoutFashionMnist())
                .grade(GradeRequest.of(submission).withSandbox(false));

        // 91-strings earns its 2 points; 90-arith, not handed in, 0 of its 5.
        assertThat(report.score().toString()).isEqualTo("2/7");
    }

    @Test
    void tooLittleFreeSpaceGradesNothingAndSaysWhere() throws IOException {
        Path submission = temporary.resolve("submission");
        Fixtures.writeFixture(submission, "91-strings", "solution");
        MachineCheck full = new MachineCheck(FashionMnistLocator::fromEnvironment, temporary, Long.MAX_VALUE);

        assertThatThrownBy(() -> new Grader(course).withMachineCheck(full)
                .grade(GradeRequest.of(submission).withSandbox(false)))
                .isInstanceOf(MachineNotReadyException.class)
                .hasMessageContaining("nothing graded: " + temporary.toAbsolutePath() + " has ")
                .hasMessageContaining("MiB free");
    }
}
