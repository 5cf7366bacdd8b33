package org.dlcourse.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.gradebook.SubmissionRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch on the pure-Java fixture exercise 90-arith, graded by the real grader (a forked JVM per submission,
 * about a second each): a grader that crashes or hangs on one submission, and a hostile zip, cost only that
 * submission; {@code resume} grades again exactly what failed or changed, and keeps the history.
 */
class BatchGraderTests {

    private static final String ARITH = "90-arith";
    private static final String SOURCE = "org/dlcourse/fixture/arith/Arith.java";

    @TempDir
    static Path shared;

    private static Grader grader;

    @TempDir
    Path temporary;

    @BeforeAll
    static void buildFixtureCourse() throws IOException {
        grader = new Grader(Course.load(Fixtures.fixtureBundle(shared.resolve("course"), ARITH)));
    }

    /** alice: the solution; bob: the stubs, zipped in a wrapping folder; carol and dave: solutions. */
    private Path classDirectory() throws IOException {
        Path classDirectory = temporary.resolve("class");
        Fixtures.writeFixture(classDirectory.resolve("alice"), ARITH, "solution");
        Path bob = temporary.resolve("bob-unzipped");
        Fixtures.writeFixture(bob.resolve("bob-repo/exercises"), ARITH, "stubs");
        String stub = Files.readString(bob.resolve("bob-repo/exercises").resolve(ARITH).resolve("src/main/java")
                .resolve(SOURCE));
        SubmissionTreeTests.zip(classDirectory.resolve("bob.zip"),
                Map.of("bob-repo/exercises/" + ARITH + "/src/main/java/" + SOURCE, stub));
        Fixtures.writeFixture(classDirectory.resolve("carol"), ARITH, "solution");
        Fixtures.writeFixture(classDirectory.resolve("dave"), ARITH, "solution");
        SubmissionTreeTests.zip(classDirectory.resolve("eve.zip"), Map.of("../../escaped.txt", "x"));
        return classDirectory;
    }

    @Test
    void aCrashingOrHangingSubmissionNeverStopsTheBatchAndResumeRetriesOnlyFailedOrChangedOnes() throws Exception {
        Path classDirectory = classDirectory();
        Map<String, AtomicInteger> gradings = new ConcurrentHashMap<>();
        // carol's first grading crashes the grader, dave's hangs until interrupted: stand-ins for grader bugs.
        BatchGrader.SubmissionGrading grading = modules -> {
            // bob's zip is unpacked into a temporary directory; the others are graded where they are.
            String student = modules.startsWith(classDirectory)
                    ? classDirectory.relativize(modules).getName(0).toString() : "bob";
            int attempt = gradings.computeIfAbsent(student, s -> new AtomicInteger()).incrementAndGet();
            if (student.equals("carol") && attempt == 1) {
                throw new StackOverflowError("grader bug");
            }
            if (student.equals("dave") && attempt == 1) {
                Thread.sleep(600_000);
            }
            return grader.grade(GradeRequest.of(modules));
        };
        try (Gradebook gradebook = Gradebook.open(temporary.resolve("grades/gradebook.db"))) {
            BatchGrader batch = new BatchGrader(grading, List.of(ARITH), gradebook);
            BatchRequest request = new BatchRequest(ClassDirectory.list(classDirectory), Shard.ALL, 2,
                    Duration.ofSeconds(15), false, temporary.resolve("grades/reports"));

            BatchSummary first = batch.run(request, BatchListener.SILENT);

            Map<String, BatchOutcome> byStudent = first.outcomes().stream()
                    .collect(Collectors.toMap(outcome -> outcome.submission().student(), Function.identity()));
            assertThat(byStudent.keySet()).containsExactlyInAnyOrder("alice", "bob", "carol", "dave", "eve");
            assertThat(byStudent.get("alice").summary()).isEqualTo("5/5");
            assertThat(byStudent.get("bob").summary()).isEqualTo("0/5");
            assertThat(byStudent.get("carol").status()).isEqualTo(BatchStatus.ERROR);
            assertThat(byStudent.get("carol").message()).contains("StackOverflowError", "grader bug");
            assertThat(byStudent.get("dave").status()).isEqualTo(BatchStatus.TIMEOUT);
            assertThat(byStudent.get("eve").status()).isEqualTo(BatchStatus.UNUSABLE);
            assertThat(byStudent.get("eve").message()).contains("outside its directory");
            assertThat(temporary.resolve("grades/reports/alice.json")).isNotEmptyFile();
            assertThat(Files.exists(temporary.resolve("escaped.txt"))).isFalse();

            // alice changes her code; carol and dave failed: exactly those three are graded again.
            Files.writeString(classDirectory.resolve("alice/" + ARITH + "/src/main/java/" + SOURCE),
                    Files.readString(classDirectory.resolve("alice/" + ARITH + "/src/main/java/" + SOURCE))
                            .replace("return -a;", "return a;"));
            BatchSummary resumed = batch.run(new BatchRequest(request.submissions(), Shard.ALL, 2,
                    Duration.ofSeconds(60), true, request.reports()), BatchListener.SILENT);

            assertThat(resumed.outcomes()).extracting(outcome -> outcome.submission().student())
                    .containsExactly("alice", "carol", "dave");
            assertThat(resumed.outcomes()).extracting(BatchOutcome::summary).containsExactly("4/5", "5/5", "5/5");
            assertThat(resumed.skipped()).extracting(Submission::student).containsExactly("bob", "eve");
            assertThat(gradings.get("bob").get()).isEqualTo(1);
            List<SubmissionRecord> history = gradebook.history("alice");
            assertThat(history).extracting(SubmissionRecord::score).containsExactly(5, 4);
            assertThat(history.get(0).contentHash()).isNotEqualTo(history.get(1).contentHash());
            assertThat(gradebook.latest("alice").orElseThrow().score()).isEqualTo(4);
            assertThat(gradebook.size()).isEqualTo(8);
        }
    }
}
