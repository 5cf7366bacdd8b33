package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every counterexample the grader reports for a buggy variant, replayed alone ({@code --replay}, no seed, one run of
 * the property on exactly the reported arguments), fails the same way: the same property fails with the same cause.
 *
 * <p>Variants of four exercises from the mutant corpus, the most common bug (softmax without the max shift) first.
 * Each is graded twice with the hidden suite: once as usual, then with every reported replay value at once.
 */
class CounterexampleReplayTests {

    private static final String REPLAY_LINE = "Replay alone: -Ddlcourse.replay='";

    @TempDir
    Path workspace;

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"01-softmax, no-max-subtraction", "04-backprop, relu-backward-passes-everything",
        "05-regularization, batchnorm-unbiased-variance-in-normalization",
        "08-equivariance, radial-histogram-about-origin"})
    void everyReportedCounterexampleReplayedAloneFailsTheSameWay(String id, String variant) throws Exception {
        Grader grader = new Grader(Fixtures.realCourse());
        Path submission = variantSubmission(id, variant);

        Map<String, TestOutcome> reported = failedProperties(grade(grader, submission, id, List.of()));
        Map<String, String> replays = new LinkedHashMap<>();
        reported.forEach((name, outcome) -> replays.put(name, replayOf(outcome).orElseThrow(() -> new AssertionError(
                "no replay value for " + name + ":\n" + outcome.message()))));
        assertThat(replays).as("failed properties of %s/%s", id, variant).isNotEmpty();

        Report replayed = grade(grader, submission, id, List.copyOf(replays.values()));

        Map<String, TestOutcome> again = failedProperties(replayed);
        assertThat(again.keySet()).as("properties failing on their replayed counterexamples")
                .containsExactlyInAnyOrderElementsOf(reported.keySet());
        for (Map.Entry<String, TestOutcome> entry : reported.entrySet()) {
            TestOutcome first = entry.getValue();
            TestOutcome alone = again.get(entry.getKey());
            assertThat(alone.status()).isEqualTo(first.status());
            assertThat(alone.message()).as("replay of %s", entry.getKey())
                    .contains("failed on the replayed counterexample");
            assertThat(causeOf(alone)).as("cause of %s replayed alone", entry.getKey()).isEqualTo(causeOf(first));
        }
    }

    private Path variantSubmission(String id, String variant) throws Exception {
        Path submission = workspace.resolve(variant);
        Path sources = submission.resolve(id).resolve("src/main/java");
        Fixtures.copyTree(Fixtures.repository().resolve("solutions").resolve(id).resolve("src/main/java"), sources);
        VariantPatch.apply(Path.of(CounterexampleReplayTests.class.getResource("/mutants/" + id + "/" + variant
                + "/variant.patch").toURI()), sources);
        return submission;
    }

    private static Report grade(Grader grader, Path submission, String id, List<String> replays) throws Exception {
        return grader.grade(GradeRequest.of(submission).withExercises(List.of(id)).withSuites(Set.of(Suite.HIDDEN))
                .withReplays(replays));
    }

    /** The failed properties (the tests that report a seed), by name. */
    private static Map<String, TestOutcome> failedProperties(Report report) {
        Map<String, TestOutcome> failed = new LinkedHashMap<>();
        report.exercises().get(0).tests().stream()
                .filter(test -> test.status() != TestStatus.PASSED && test.seed() != null)
                .forEach(test -> failed.put(test.test().name(), test));
        return failed;
    }

    private static Optional<String> replayOf(TestOutcome outcome) {
        return outcome.message().lines().filter(line -> line.startsWith(REPLAY_LINE) && line.endsWith("'"))
                .map(line -> line.substring(REPLAY_LINE.length(), line.length() - 1)).findFirst();
    }

    private static String causeOf(TestOutcome outcome) {
        return outcome.message().lines().filter(line -> line.startsWith("Cause: ")).findFirst().orElseThrow();
    }
}
