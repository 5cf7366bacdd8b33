package org.dlcourse.grader.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.GradescopeResults;
import org.dlcourse.grader.JsonSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grader/ci/gradescope/run_autograder} as Gradescope runs it, in a simulated {@code /autograder} tree
 * ({@code AUTOGRADER_ROOT}): each accepted upload layout is graded, every {@code results.json} holds only
 * Gradescope's documented fields, its always-shown text states no point of a hidden test, and when nothing can be
 * graded (an unusable upload, no sandbox, a misconfigured autograder, a grader that cannot start) a
 * {@code results.json} still says why. The fixture exercise 90-arith (1 public point, 4 hidden) keeps it fast; one
 * test grades a real exercise.
 */
class GradescopeHarnessTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RUN_AUTOGRADER = Fixtures.repository().resolve("grader/ci/gradescope/run_autograder");
    // multiply adds: the hidden multiplication test (2 points) fails, so the hidden tests earn 2 of their 4 points.
    private static final String WRONG_MULTIPLY = """
                public static int multiply(int a, int b) {
                    return a + b;
                }
            """;

    @TempDir
    static Path shared;

    private static Path fixtureCourse;
    private static Path launcher;

    @TempDir
    Path autograder;

    @BeforeAll
    static void buildFixtureCourseAndLauncher() throws IOException {
        fixtureCourse = Fixtures.fixtureBundle(shared.resolve("course"), "90-arith", "91-strings");
        // The grader of this build, as the bundle's bin/grader would run it: its classes and the course runtime.
        launcher = shared.resolve("grader");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -Xmx1g -XX:TieredStopAtLevel=1"
                + " -XX:+UseSerialGC -cp '" + System.getProperty("java.class.path")
                + "' org.dlcourse.grader.cli.GraderCommand \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aHandoutCloneIsGradedAndTheAlwaysShownTextStatesOnlyVisiblePoints() throws Exception {
        Path clone = submission().resolve("exercises");
        Fixtures.writeArith(clone, WRONG_MULTIPLY);
        Files.writeString(submission().resolve("README.md"), "the handout's README\n");

        Harness run = runAutograder(Map.of(), "--course", fixtureCourse.toString(), "-e", "90-arith");

        JsonNode results = run.results();
        assertThat(results.get("score").asInt()).isEqualTo(3);
        assertThat(results.get("tests")).hasSize(4);
        assertVisibleTextStatesOnlyVisiblePoints(results);
        assertThat(results.get("output").asText()).contains("90-arith  Fixture: integer arithmetic  ·  public tests"
                + " 1/1  ·  graded", "Points of hidden tests: shown after the due date", "Public tests: 1/1")
                .doesNotContain("3/5", "2/4");
        assertThat(run.stdout()).contains("grader: 3/5 (sandbox: bubblewrap", "the grader exited with 0");
    }

    @Test
    void aZipOfExercisesIsUnpackedAndGraded() throws Exception {
        Path sources = autograder.resolve("work/exercises");
        Fixtures.writeArith(sources, WRONG_MULTIPLY);
        zip(autograder.resolve("work"), submission().resolve("my-work.zip"));

        Harness run = runAutograder(Map.of(), "--course", fixtureCourse.toString(), "-e", "90-arith",
                "--gradescope-hidden-visibility", "hidden");

        assertThat(run.results().get("score").asInt()).isEqualTo(3);
        assertVisibleTextStatesOnlyVisiblePoints(run.results());
        assertThat(run.results().get("output").asText()).contains("Points of hidden tests: not shown to students");
    }

    @Test
    void exerciseFoldersUploadedAsTheyAreAreGraded() throws Exception {
        Fixtures.writeFixture(submission(), "90-arith", "solution");
        Fixtures.writeFixture(submission(), "91-strings", "solution");

        Harness run = runAutograder(Map.of(), "--course", fixtureCourse.toString());

        JsonNode results = run.results();
        assertThat(results.get("score").asInt()).isEqualTo(7);
        assertVisibleTextStatesOnlyVisiblePoints(results);
        assertThat(results.get("output").asText()).contains("Public tests: 2/2");
    }

    @Test
    void anUploadWithoutExercisesGetsResultsSayingWhatToUpload() throws Exception {
        Files.createDirectories(submission());
        Files.writeString(submission().resolve("Arith.java"), "class Arith {}\n");

        Harness run = runAutograder(Map.of(), "--course", fixtureCourse.toString(), "-e", "90-arith");

        assertThat(run.results().get("score").asInt()).isZero();
        assertThat(run.results().get("tests")).isEmpty();
        assertThat(run.results().get("output").asText()).startsWith("Your submission could not be graded: no"
                + " exercise folder found: expected 90-arith/src/main/java.").contains("a zip of exercises/");
        assertThat(run.stdout()).contains("the grader exited with 3");
    }

    @Test
    void withoutTheSandboxNothingIsGradedAndTheResultsSayItIsNotTheStudentsFault() throws Exception {
        Fixtures.writeFixture(submission(), "90-arith", "solution");

        Harness run = runAutograder(Map.of("DLCOURSE_BWRAP", autograder.resolve("no-bwrap").toString()),
                "--course", fixtureCourse.toString(), "-e", "90-arith");

        assertThat(run.results().get("score").asInt()).isZero();
        assertThat(run.results().get("output").asText()).startsWith("Not graded: the grading machine cannot run the"
                + " grader. This is not a problem with your code").contains("the sandbox is unavailable");
        assertThat(run.stdout()).contains("the grader exited with 3");
    }

    @Test
    void anAutograderNamingAnExerciseTheCourseLacksSaysSo() throws Exception {
        Fixtures.writeFixture(submission(), "90-arith", "solution");

        Harness run = runAutograder(Map.of(), "--course", fixtureCourse.toString(), "-e", "99-nope");

        assertThat(run.results().get("output").asText()).startsWith("Not graded: the autograder is misconfigured.")
                .contains("unknown exercise '99-nope'; the course has 90-arith, 91-strings");
        assertThat(run.stdout()).contains("the grader exited with 2");
    }

    @Test
    void aGraderThatCannotStartStillLeavesResultsSayingSo() throws Exception {
        Fixtures.writeFixture(submission(), "90-arith", "solution");

        Harness run = runAutograder(Map.of("DLCOURSE_GRADER", autograder.resolve("missing/grader").toString()));

        assertThat(run.results().get("score").asInt()).isZero();
        assertThat(run.results().get("output").asText()).startsWith("Not graded: the grader could not start (exit"
                + " code 127).");
        assertThat(run.stdout()).contains("no results.json from the grader");
    }

    @Test
    void aRealExerciseInAHandoutCloneIsGraded() throws Exception {
        Path solution = Fixtures.repository().resolve("solutions/01-softmax/src/main/java");
        Fixtures.copyTree(solution, submission().resolve("exercises/01-softmax/src/main/java"));

        Harness run = runAutograder(Map.of(), "--course", Fixtures.realBundle().toString(), "-e", "01-softmax");

        JsonNode results = run.results();
        int max = 0;
        for (JsonNode test : results.get("tests")) {
            max += test.get("max_score").asInt();
        }
        assertThat(max).isPositive();
        assertThat(results.get("score").asInt()).as(run.stdout()).isEqualTo(max);
        assertVisibleTextStatesOnlyVisiblePoints(results);
    }

    private Path submission() {
        return autograder.resolve("submission");
    }

    private static void assertVisibleTextStatesOnlyVisiblePoints(JsonNode results) {
        assertThat(GradescopeResults.pointsIn(results.get("output").asText()))
                .isSubsetOf(GradescopeResults.visiblePoints(results));
    }

    private record Harness(String stdout, JsonNode results) {
    }

    // Runs run_autograder as Gradescope would, with the options make-autograder-zip.sh would have written.
    private Harness runAutograder(Map<String, String> environment, String... options) throws Exception {
        Path source = Files.createDirectories(autograder.resolve("source"));
        List<String> lines = new ArrayList<>(List.of("# written by the test"));
        lines.addAll(List.of(options));
        Files.write(source.resolve("grader-options"), lines);
        ProcessBuilder builder = new ProcessBuilder(RUN_AUTOGRADER.toString()).directory(autograder.toFile())
                .redirectErrorStream(true);
        builder.environment().put("AUTOGRADER_ROOT", autograder.toString());
        builder.environment().put("DLCOURSE_GRADER", launcher.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(stdout).isZero();
        String results = Files.readString(autograder.resolve("results/results.json"));
        assertThat(JsonSchemas.violations(GradescopeResults.SCHEMA, results)).as(results).isEmpty();
        return new Harness(stdout, JSON.readTree(results));
    }

    private static void zip(Path directory, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> walk = Files.walk(directory)) {
            for (Path entry : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(directory.relativize(entry).toString()));
                Files.copy(entry, out);
                out.closeEntry();
            }
        }
    }
}
