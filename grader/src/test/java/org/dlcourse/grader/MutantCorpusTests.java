package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.scoring.Classification;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every buggy variant in {@code mutants/<exercise-id>/<variant>/} must lose points, with the intended hints.
 *
 * <p>A variant is the exercise's solution with its {@code variant.patch} applied (a unified diff below
 * {@code src/main/java}, see {@link VariantPatch}), so it states only its bug and breaks loudly when the solution
 * changes under it; its {@code variant.json} says what it breaks and which hints (substrings) must appear among its
 * failed tests, and optionally ({@code expectedInEveryFailingTest}) what every failed test's classification or hint
 * must name, for a bug whose right explanation must not depend on which test caught it (a hint is checked together
 * with the failure's {@link Classification}, which the feedback shows before it). Each exercise of the course must
 * have at least one variant: the corpus is required.
 *
 * <p>Each exercise lists its typical mistakes in {@code solutions/<id>/MISTAKES.md} ({@link MistakeCatalog}), each
 * with the variants that commit it and the phrases of the feedback that name it: every listed mistake must have a
 * variant here requiring those phrases, and every variant must commit a listed mistake.
 *
 * <p>{@code -Ddlcourse.mutants=ID[,ID...]} limits a run to some exercises (while working on one); the build runs all.
 *
 * <p>The variants are graded in rounds: round <i>r</i> is one submission holding the <i>r</i>-th variant of every
 * exercise that has one, so a round's exercises share the grader's work per submission (one compilation process, one
 * test JVM for all of them, as a student's whole-course submission does) instead of each paying it alone. The
 * grader grades each exercise of a submission exactly as if alone ({@link org.dlcourse.grader.execute.ExecuteStage}:
 * a JVM that dies or is tampered with makes the unfinished exercises run again in JVMs of their own), so a variant's
 * result does not depend on its round; {@code SharedTestJvmTests} checks that claim. Rounds are graded
 * {@value #DEFAULT_JOBS} at a time ({@code -Ddlcourse.mutants.jobs=N}), with the hidden suite only (the public
 * examples add nothing a variant must fail); each dynamic test waits for its own round, so the report still names the
 * variant that lost no points. A grading is deterministic whatever runs beside it, so running them side by side
 * changes only the wall time.
 */
class MutantCorpusTests {

    private static final int DEFAULT_JOBS = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    @TestFactory
    Stream<DynamicNode> everyVariantLosesPointsWithItsIntendedHints() throws IOException {
        Course course = Fixtures.realCourse();
        Grader grader = new Grader(course);
        Path corpus = corpus();
        ExecutorService gradings = Executors.newFixedThreadPool(Integer.getInteger("dlcourse.mutants.jobs", DEFAULT_JOBS));
        Map<String, List<Path>> corpusByExercise = new LinkedHashMap<>();
        for (String id : selected(course.exerciseIds())) {
            corpusByExercise.put(id, variants(corpus.resolve(id)));
        }
        List<Future<Report>> rounds = new ArrayList<>();
        int roundCount = corpusByExercise.values().stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < roundCount; round++) {
            Map<String, Path> members = new LinkedHashMap<>();
            for (Map.Entry<String, List<Path>> entry : corpusByExercise.entrySet()) {
                if (round < entry.getValue().size()) {
                    members.put(entry.getKey(), entry.getValue().get(round));
                }
            }
            int number = round;
            rounds.add(gradings.submit(() -> gradeRound(grader, number, members)));
        }
        List<DynamicNode> exercises = new ArrayList<>();
        for (Map.Entry<String, List<Path>> entry : corpusByExercise.entrySet()) {
            String id = entry.getKey();
            List<Path> variants = entry.getValue();
            List<DynamicNode> tests = new ArrayList<>();
            if (variants.isEmpty()) {
                tests.add(DynamicTest.dynamicTest("has a corpus", () -> assertThat(variants)
                        .as("buggy variants in mutants/%s; every exercise needs some", id).isNotEmpty()));
            }
            tests.add(DynamicTest.dynamicTest("each typical mistake has a variant whose feedback names it",
                    () -> checkMistakes(id, variants)));
            for (int round = 0; round < variants.size(); round++) {
                Path variant = variants.get(round);
                Future<Report> report = rounds.get(round);
                tests.add(DynamicTest.dynamicTest(variant.getFileName().toString(),
                        () -> checkVariant(id, variant, resultOf(report.get(), id))));
            }
            exercises.add(DynamicContainer.dynamicContainer(id, tests));
        }
        gradings.shutdown();
        return exercises.stream();
    }

    /** Grades one submission holding, for each exercise in {@code members}, its solution with that variant's bug. */
    private Report gradeRound(Grader grader, int round, Map<String, Path> members) throws Exception {
        Path submission = workspace.resolve("round-" + round);
        for (Map.Entry<String, Path> member : members.entrySet()) {
            String id = member.getKey();
            Path sources = submission.resolve(id).resolve("src/main/java");
            Fixtures.copyTree(Fixtures.repository().resolve("solutions").resolve(id).resolve("src/main/java"), sources);
            VariantPatch.apply(member.getValue().resolve("variant.patch"), sources);
        }
        return grader.grade(GradeRequest.of(submission).withExercises(List.copyOf(members.keySet()))
                .withSuites(Set.of(Suite.HIDDEN)));
    }

    private static ExerciseResult resultOf(Report report, String id) {
        return report.exercises().stream().filter(result -> result.exercise().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the round's report has no result for " + id));
    }

    private static void checkVariant(String id, Path variant, ExerciseResult result) throws IOException {
        JsonNode description = JSON.readTree(variant.resolve("variant.json").toFile());
        assertThat(result.score().points()).as("%s/%s: %s", id, variant.getFileName(), description.get("description"))
                .isLessThan(result.score().max());
        List<String> failedExplanations = result.tests().stream().filter(test -> test.status() != TestStatus.PASSED)
                .map(MutantCorpusTests::explanation).toList();
        for (String expected : expectedFailingHints(description)) {
            assertThat(failedExplanations).as("classifications and hints of the failed tests of %s",
                    variant.getFileName()).anySatisfy(explanation -> assertThat(explanation).contains(expected));
        }
        JsonNode everywhere = description.get("expectedInEveryFailingTest");
        if (everywhere != null) {
            assertThat(result.tests()).filteredOn(test -> test.status() != TestStatus.PASSED)
                    .allSatisfy(test -> assertThat(explanation(test))
                            .as("classification and hint of %s", test.test().name())
                            .contains(everywhere.asText()));
        }
    }

    /** What the feedback says about a failed test before its message: its classification, then its hint. */
    private static String explanation(TestOutcome test) {
        return Classification.of(test).orElse("") + "\n" + test.test().hint();
    }

    /**
     * The exercise's list of typical mistakes ({@link MistakeCatalog}) against its corpus: each mistake is
     * committed by variants that require the phrases naming it (so grading them shows those phrases), and each
     * variant commits a listed mistake.
     */
    private static void checkMistakes(String id, List<Path> variants) throws IOException {
        Path file = Fixtures.repository().resolve("solutions").resolve(id).resolve(MistakeCatalog.FILE_NAME);
        assertThat(file).as("the typical mistakes of %s", id).isRegularFile();
        MistakeCatalog catalog = MistakeCatalog.read(file);
        assertThat(catalog.mistakes()).as("the table of typical mistakes in %s", file).isNotEmpty();
        Map<String, List<String>> required = new TreeMap<>();
        for (Path variant : variants) {
            required.put(variant.getFileName().toString(),
                    expectations(JSON.readTree(variant.resolve("variant.json").toFile())));
        }
        assertThat(catalog.problems(required)).as("%s against the corpus mutants/%s", file, id).isEmpty();
    }

    private static List<String> expectedFailingHints(JsonNode description) {
        List<String> hints = new ArrayList<>();
        description.get("expectedFailingHints").forEach(hint -> hints.add(hint.asText()));
        return hints;
    }

    private static List<String> expectations(JsonNode description) {
        List<String> expectations = new ArrayList<>(expectedFailingHints(description));
        JsonNode everywhere = description.get("expectedInEveryFailingTest");
        if (everywhere != null) {
            expectations.add(everywhere.asText());
        }
        return expectations;
    }

    private static List<String> selected(List<String> exerciseIds) {
        String only = System.getProperty("dlcourse.mutants", "").strip();
        if (only.isEmpty()) {
            return exerciseIds;
        }
        List<String> wanted = List.of(only.split("\\s*,\\s*"));
        assertThat(exerciseIds).as("exercises named by -Ddlcourse.mutants").containsAll(wanted);
        return exerciseIds.stream().filter(wanted::contains).toList();
    }

    private static List<Path> variants(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("variant.json"))
                    && Files.isRegularFile(child.resolve("variant.patch"))).sorted().toList();
        }
    }

    private static Path corpus() {
        URL url = MutantCorpusTests.class.getResource("/mutants");
        assertThat(url).as("the mutant corpus src/test/resources/mutants").isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
