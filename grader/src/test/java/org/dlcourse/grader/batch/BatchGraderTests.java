package org.dlcourse.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.SeedAssignment;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.gradebook.SubmissionRecord;
import org.dlcourse.grader.report.Environment;
import org.dlcourse.grader.report.GradescopeReport;
import org.dlcourse.grader.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches on the pure-Java fixture exercise 90-arith. A grader that crashes or hangs on one submission, and a
 * hostile zip, cost only that submission (shown with stand-in gradings, so that the budget does not race the
 * machine's load); {@code resume} grades again exactly what failed or changed and keeps the history (shown with the
 * real grader, a forked JVM per submission).
 */
class BatchGraderTests {

    private static final String ARITH = "90-arith";
    private static final String SOURCE = "org/dlcourse/fixture/arith/Arith.java";
    private static final GradingSettings SETTINGS = GradingSettings.of("test", "sha256:test", SeedAssignment.DEFAULT);

    @TempDir
    static Path shared;

    private static Grader grader;

    @TempDir
    Path temporary;

    @BeforeAll
    static void buildFixtureCourse() throws IOException {
        grader = new Grader(Course.load(Fixtures.fixtureBundle(shared.resolve("course"), ARITH)));
    }

    /** alice, carol, dave: the solution; bob: the stubs, zipped in a wrapping folder; eve: a zip-slip zip. */
    private Path classDirectory() throws IOException {
        Path classDirectory = temporary.resolve("class");
        Fixtures.writeFixture(classDirectory.resolve("alice"), ARITH, "solution");
        Path bob = temporary.resolve("bob-unzipped");
        Fixtures.writeFixture(bob, ARITH, "stubs");
        SubmissionTreeTests.zip(classDirectory.resolve("bob.zip"), Map.of("bob-repo/exercises/" + ARITH
                + "/src/main/java/" + SOURCE, Files.readString(bob.resolve(ARITH + "/src/main/java/" + SOURCE))));
        Fixtures.writeFixture(classDirectory.resolve("carol"), ARITH, "solution");
        Fixtures.writeFixture(classDirectory.resolve("dave"), ARITH, "solution");
        SubmissionTreeTests.zip(classDirectory.resolve("eve.zip"), Map.of("../../escaped.txt", "x"));
        return classDirectory;
    }

    /** The student a grading is for: bob's zip is unpacked elsewhere; the others are graded where they are. */
    private static String student(Path classDirectory, Path modules) {
        return modules.startsWith(classDirectory) ? classDirectory.relativize(modules).getName(0).toString() : "bob";
    }

    @Test
    void aCrashingOrHangingGradingOrAHostileZipCostsOnlyThatSubmission() throws Exception {
        Path classDirectory = classDirectory();
        Report empty = new Report("test", null, "public+hidden", Environment.of("cpu", null, "none: a test"), List.of(),
                Duration.ZERO);
        CountDownLatch daveInterrupted = new CountDownLatch(1);
        BatchGrader.SubmissionGrading grading = (modules, seeds) -> switch (student(classDirectory, modules)) {
            case "carol" -> throw new StackOverflowError("grader bug");
            case "dave" -> {
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException interrupted) {
                    daveInterrupted.countDown();
                    throw interrupted;
                }
                yield empty;
            }
            default -> empty;
        };
        try (Gradebook gradebook = Gradebook.open(temporary.resolve("gradebook.db"))) {
            BatchSummary summary = new BatchGrader(grading, List.of(ARITH), gradebook).run(new BatchRequest(
                    ClassDirectory.list(classDirectory), Shard.ALL, 2, Duration.ofSeconds(2), false, null, SETTINGS),
                    BatchListener.SILENT);

            Map<String, BatchOutcome> byStudent = summary.outcomes().stream()
                    .collect(Collectors.toMap(outcome -> outcome.submission().student(), Function.identity()));
            assertThat(byStudent.keySet()).containsExactlyInAnyOrder("alice", "bob", "carol", "dave", "eve");
            assertThat(byStudent.get("alice").status()).isEqualTo(BatchStatus.GRADED);
            assertThat(byStudent.get("bob").status()).isEqualTo(BatchStatus.GRADED);
            assertThat(byStudent.get("carol").status()).isEqualTo(BatchStatus.ERROR);
            assertThat(byStudent.get("carol").message()).contains("StackOverflowError", "grader bug");
            assertThat(byStudent.get("dave").status()).isEqualTo(BatchStatus.TIMEOUT);
            assertThat(daveInterrupted.await(10, TimeUnit.SECONDS)).as("dave's grading was interrupted").isTrue();
            assertThat(byStudent.get("eve").status()).isEqualTo(BatchStatus.UNUSABLE);
            assertThat(byStudent.get("eve").message()).contains("outside its directory");
            assertThat(temporary.resolve("escaped.txt")).doesNotExist();
            assertThat(gradebook.latest()).extracting(SubmissionRecord::student)
                    .containsExactly("alice", "bob", "carol", "dave", "eve");
        }
    }

    @Test
    void eachStudentGetsTheirReportAndFeedbackAndTheGradescopeResultsOnRequest() throws Exception {
        Path classDirectory = temporary.resolve("class");
        Fixtures.writeFixture(classDirectory.resolve("alice"), ARITH, "solution");
        Files.writeString(classDirectory.resolve("frank.zip"), "a text file, not a zip");
        SubmissionTreeTests.zip(classDirectory.resolve("gina.zip"), Map.of("notes/readme.txt", "nothing yet"));
        StudentReports reports = new StudentReports(temporary.resolve("grades"),
                Optional.of(GradescopeReport.Visibility.AFTER_DUE_DATE));
        try (Gradebook gradebook = Gradebook.open(temporary.resolve("grades/gradebook.db"))) {
            new BatchGrader((modules, seeds) -> grader.grade(GradeRequest.of(modules)), List.of(ARITH), gradebook)
                    .run(new BatchRequest(ClassDirectory.list(classDirectory), Shard.ALL, 2, Duration.ofMinutes(10),
                            false, reports, SETTINGS), BatchListener.SILENT);
        }

        assertThat(Files.readString(reports.json("alice"))).contains("\"status\" : \"graded\"");
        assertThat(Files.readString(reports.feedback("alice"))).startsWith("# Grading: 5/5 points");
        assertThat(Files.readString(reports.gradescopeResults("alice"))).contains("\"score\" : 5");
        assertThat(Files.readString(reports.feedback("frank")))
                .isEqualTo("# Grading: not graded\n\nYour submission could not be graded: not a valid zip: frank.zip.\n");
        assertThat(Files.readString(reports.feedback("gina"))).as("the zip's name, not a temporary directory")
                .contains("no exercise modules in gina.zip").doesNotContain("dlcourse-batch-");
        assertThat(reports.json("frank")).doesNotExist();
        assertThat(reports.gradescopeResults("frank")).doesNotExist();
    }

    @Test
    void resumeGradesAgainOnlyWhatFailedOrChangedAndKeepsTheHistory() throws Exception {
        Path classDirectory = classDirectory();
        Files.delete(classDirectory.resolve("eve.zip"));
        Map<String, AtomicInteger> gradings = new ConcurrentHashMap<>();
        // carol's first grading crashes the grader; every other grading is real.
        BatchGrader.SubmissionGrading grading = (modules, seeds) -> {
            String student = student(classDirectory, modules);
            int attempt = gradings.computeIfAbsent(student, s -> new AtomicInteger()).incrementAndGet();
            if (student.equals("carol") && attempt == 1) {
                throw new IllegalStateException("grader bug");
            }
            return grader.grade(GradeRequest.of(modules));
        };
        try (Gradebook gradebook = Gradebook.open(temporary.resolve("grades/gradebook.db"))) {
            BatchGrader batch = new BatchGrader(grading, List.of(ARITH), gradebook);
            List<Submission> submissions = ClassDirectory.list(classDirectory);
            StudentReports reports = new StudentReports(temporary.resolve("grades"), Optional.empty());
            BatchSummary first = batch.run(new BatchRequest(submissions, Shard.ALL, 2, Duration.ofMinutes(10), true,
                    reports, SETTINGS), BatchListener.SILENT);
            assertThat(first.skipped()).as("nothing to skip in an empty gradebook").isEmpty();
            assertThat(first.outcomes()).extracting(BatchOutcome::summary)
                    .containsExactly("5/5", "0/5", "error", "5/5");
            assertThat(reports.json("alice")).isNotEmptyFile();

            // alice changes her code, carol failed: exactly those two are graded again.
            Path alice = classDirectory.resolve("alice/" + ARITH + "/src/main/java/" + SOURCE);
            Files.writeString(alice, Files.readString(alice).replace("return -a;", "return a;"));
            BatchSummary resumed = batch.run(new BatchRequest(submissions, Shard.ALL, 2, Duration.ofMinutes(10), true,
                    reports, SETTINGS), BatchListener.SILENT);

            assertThat(resumed.outcomes()).extracting(outcome -> outcome.submission().student())
                    .containsExactly("alice", "carol");
            assertThat(resumed.outcomes()).extracting(BatchOutcome::summary).containsExactly("4/5", "5/5");
            assertThat(resumed.skipped()).extracting(Submission::student).containsExactly("bob", "dave");
            assertThat(gradings.get("bob").get()).isEqualTo(1);
            List<SubmissionRecord> history = gradebook.history("alice");
            assertThat(history).extracting(SubmissionRecord::score).containsExactly(5, 4);
            assertThat(history.get(0).contentHash()).isNotEqualTo(history.get(1).contentHash());
            assertThat(gradebook.latest("alice").orElseThrow().score()).isEqualTo(4);
            assertThat(gradebook.history("carol")).extracting(SubmissionRecord::status)
                    .containsExactly(BatchStatus.ERROR, BatchStatus.GRADED);
            assertThat(gradebook.size()).isEqualTo(6);
        }
    }

    @Test
    void resumeGradesAgainWhenTheSeedTheGraderOrTheCourseChangedAndRecordsTheKey() throws Exception {
        Path classDirectory = temporary.resolve("class");
        Fixtures.writeFixture(classDirectory.resolve("alice"), ARITH, "solution");
        Map<String, AtomicInteger> gradings = new ConcurrentHashMap<>();
        BatchGrader.SubmissionGrading grading = (modules, seeds) -> {
            gradings.computeIfAbsent(seeds.label(), label -> new AtomicInteger()).incrementAndGet();
            return new Report("test", seeds.all(), "public+hidden", Environment.of("cpu", null, "none: a test"),
                    List.of(), Duration.ZERO);
        };
        try (Gradebook gradebook = Gradebook.open(temporary.resolve("gradebook.db"))) {
            BatchGrader batch = new BatchGrader(grading, List.of(ARITH), gradebook);
            List<Submission> submissions = ClassDirectory.list(classDirectory);
            List<GradingSettings> runs = List.of(SETTINGS, SETTINGS,
                    GradingSettings.of("test", "sha256:test", SeedAssignment.of(42L)),
                    GradingSettings.of("test", "sha256:test", SeedAssignment.of(42L)),
                    GradingSettings.of("test-2", "sha256:test", SeedAssignment.of(42L)),
                    GradingSettings.of("test-2", "sha256:other", SeedAssignment.of(42L)));
            List<Integer> graded = new ArrayList<>();
            for (GradingSettings settings : runs) {
                graded.add(batch.run(new BatchRequest(submissions, Shard.ALL, 1, Duration.ofMinutes(1), true, null,
                        settings), BatchListener.SILENT).outcomes().size());
            }

            assertThat(graded).as("graded per run: first, same, seed, same, grader, course")
                    .containsExactly(1, 0, 1, 0, 1, 1);
            assertThat(gradebook.history("alice")).extracting(SubmissionRecord::key).containsExactly(
                    runs.get(0).key("alice", gradebook.history("alice").get(0).contentHash()),
                    runs.get(2).key("alice", gradebook.history("alice").get(0).contentHash()),
                    runs.get(4).key("alice", gradebook.history("alice").get(0).contentHash()),
                    runs.get(5).key("alice", gradebook.history("alice").get(0).contentHash()));
            assertThat(gradebook.history("alice")).extracting(SubmissionRecord::seeds)
                    .containsExactly("default", "42", "42", "42");
            assertThat(gradings.get("42").get()).isEqualTo(3);
        }
    }
}
