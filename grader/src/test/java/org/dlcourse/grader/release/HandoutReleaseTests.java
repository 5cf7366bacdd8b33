package org.dlcourse.grader.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.GraderException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The handout released from this repository, whole and one exercise at a time: it builds on its own, offline, from
 * the local Maven repository (without installing anything there), holds only the chosen exercises and none of the
 * instructor-only material, which the audit would also catch if it were planted.
 */
class HandoutReleaseTests {

    @TempDir
    static Path shared;

    private static Path release;

    @TempDir
    Path temporary;

    @BeforeAll
    static void releaseTheHandout() throws IOException {
        release = shared.resolve("handout");
        HandoutRelease.release(Fixtures.repository(), release, plan(List.of(), WHOLE_COURSE_PUBLIC, true));
    }

    /**
     * The solutions that must be public for the whole course to ship (docs/authors.md, "Given code"): 02, 04 and 06
     * give 01's cross-entropy, 04 and 06 02's shuffle, 06 04's layers and 05's batch norm.
     */
    private static final List<String> WHOLE_COURSE_PUBLIC = List.of("01", "02", "04", "05");

    /** The exercises whose given code solves an earlier exercise's tasks. */
    private static final Set<String> REUSING = Set.of("02-sgd", "04-backprop", "06-transfer");

    /** The plan for {@code exercises} of this course (none: all) with the solutions of {@code open} public. */
    private static ReleasePlan plan(List<String> exercises, List<String> open, boolean githubClassroom)
            throws IOException {
        return ReleasePlan.of(HandoutRelease.courseExercises(Fixtures.repository()), exercises, open,
                githubClassroom);
    }

    @Test
    void theWholeCourseWithoutPublicSolutionsIsRefusedNamingEachCopyAndWhatToDo() throws IOException {
        Path leaking = temporary.resolve("leaking");

        assertThatThrownBy(() -> HandoutRelease.release(Fixtures.repository(), leaking, plan(List.of(), List.of(),
                false)))
                .isInstanceOf(ReleaseRefusedException.class)
                .hasMessageContaining("exercises/06-transfer/src/main/java/org/dlcourse/transfer/"
                        + "SoftmaxCrossEntropy.java:")
                .hasMessageContaining("of the solution region 01-softmax solutions/01-softmax/src/main/java/org/"
                        + "dlcourse/softmax/CrossEntropy.java:")
                .hasMessageContaining("--solutions-public 01-softmax");
        try (Stream<Path> left = Files.list(leaking)) {
            assertThat(left).as("a refused handout is removed").isEmpty();
        }
    }

    /** The week of {@code exercise} in a term: it ships with the solutions of all exercises before it public. */
    @ParameterizedTest
    @MethodSource("exercises")
    void aHandoutOfOneExerciseHoldsThatExerciseItsLectureAndFiguresAndSaysSo(String exercise) throws IOException {
        Path one = temporary.resolve("one");
        List<String> course = HandoutRelease.courseExercises(Fixtures.repository());
        List<String> earlier = course.subList(0, course.indexOf(exercise));

        HandoutRelease.release(Fixtures.repository(), one, plan(List.of(exercise.substring(0, 2)), earlier, false));

        assertThat(HandoutRelease.modules(Files.readString(one.resolve("exercises/pom.xml")))).containsExactly(
                exercise);
        try (Stream<Path> modules = Files.list(one.resolve("exercises"))) {
            assertThat(modules.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()))
                    .containsExactly(exercise);
        }
        assertThat(one.resolve("README.md")).content().contains("exercises/" + exercise);
        assertThat(one.resolve("lectures/" + exercise + ".md")).exists();
        assertThat(one.resolve("lectures/LICENSE")).exists();
        assertThat(one.resolve(HandoutRelease.HANDOUT_WORKFLOW)).doesNotExist();
        try (Stream<Path> figures = Files.list(one.resolve("lectures/figures"))) {
            assertThat(figures.map(figure -> figure.getFileName().toString()))
                    .isNotEmpty().allMatch(figure -> figure.startsWith(exercise.substring(0, 3)));
        }
        for (String other : course) {
            if (!other.equals(exercise)) {
                assertThat(one.resolve("README.md")).content().doesNotContain("exercises/" + other);
                assertThat(one.resolve("lectures/" + other + ".md")).doesNotExist();
            }
        }
        String exercisePackage;
        try (Stream<Path> packages = Files.list(one.resolve("exercises").resolve(exercise)
                .resolve("src/main/java/org/dlcourse"))) {
            exercisePackage = packages.findFirst().orElseThrow().getFileName().toString();
        }
        String demos = "lectures/src/main/java/org/dlcourse/lectures";
        List<String> shipped = List.of();
        if (Files.isDirectory(one.resolve(demos))) {
            try (Stream<Path> packages = Files.list(one.resolve(demos))) {
                shipped = packages.map(demo -> demo.getFileName().toString()).toList();
            }
        }
        assertThat(shipped).as("the lecture demos of %s only", exercise).isEqualTo(
                Files.isDirectory(Fixtures.repository().resolve(demos).resolve(exercisePackage))
                        ? List.of(exercisePackage) : List.of());
        assertThat(one.resolve(HandoutRelease.MANIFEST)).content().isEqualToIgnoringWhitespace(
                "{\"exercises\" : [ \"" + exercise + "\" ], \"solutionsPublic\" : ["
                        + earlier.stream().map(id -> " \"" + id + "\"").collect(Collectors.joining(",")) + " ]}");
    }

    /**
     * Without public solutions an exercise ships alone unless its given code solves an earlier one's tasks; then the
     * refusal names what to declare public. The kit, which ships with every exercise, gives nothing away.
     */
    @ParameterizedTest
    @MethodSource("exercises")
    void anExerciseAloneWithNoPublicSolutionsShipsOnlyIfItsGivenCodeSolvesNoEarlierTask(String exercise)
            throws IOException {
        Path one = temporary.resolve("alone");
        ReleasePlan alone = plan(List.of(exercise), List.of(), false);
        if (REUSING.contains(exercise)) {
            assertThatThrownBy(() -> HandoutRelease.release(Fixtures.repository(), one, alone))
                    .isInstanceOf(ReleaseRefusedException.class)
                    .hasMessageContaining("exercises/" + exercise)
                    .hasMessageContaining("--solutions-public 01-softmax once its deadline has passed")
                    .hasMessageContaining("hold back those exercises until then");
        } else {
            HandoutRelease.release(Fixtures.repository(), one, alone);
            assertThat(one.resolve("exercises").resolve(exercise)).isDirectory();
        }
    }

    static List<String> exercises() throws IOException {
        return HandoutRelease.courseExercises(Fixtures.repository());
    }

    @Test
    void theWholeHandoutRecordsAllExercisesAndNoPublicSolutions() throws IOException {
        List<String> course = HandoutRelease.courseExercises(Fixtures.repository());
        assertThat(HandoutRelease.modules(Files.readString(release.resolve("exercises/pom.xml"))))
                .isEqualTo(course).hasSize(8);
        assertThat(release.resolve(HandoutRelease.MANIFEST)).content().contains("\"" + course.get(7) + "\"",
                "\"solutionsPublic\" : [ \"01-softmax\", \"02-sgd\", \"04-backprop\", \"05-regularization\" ]");
    }

    @Test
    void theHandoutHasTheStudentsPartsAndNoSolutionsHiddenTestsOrRegions() throws IOException {
        Path repository = Fixtures.repository();
        assertThat(release.resolve("README.md")).content().contains("exercises/01-softmax", "-Dstudent");
        assertThat(release.resolve("pom.xml")).content().contains("<module>kit</module>",
                "<module>exercises</module>", "<module>lectures</module>").doesNotContain("<module>grader", "<module>solutions");
        assertThat(release.resolve("mvnw")).isExecutable();
        assertThat(release.resolve(HandoutRelease.HANDOUT_WORKFLOW)).hasSameTextualContentAs(
                repository.resolve(HandoutRelease.WORKFLOW));
        assertThat(release.resolve("lectures/01-softmax.md")).exists();
        assertThat(release.resolve("LICENSE")).hasSameTextualContentAs(repository.resolve("LICENSE"));
        assertThat(release.resolve("lectures/LICENSE")).hasSameTextualContentAs(repository.resolve("lectures/LICENSE"));
        assertThat(release.resolve("README.md")).content().contains("Apache", "CC BY 4.0");
        try (Stream<Path> figures = Files.list(release.resolve("lectures/figures"))) {
            assertThat(figures.filter(figure -> figure.toString().endsWith(".png"))).isNotEmpty();
        }
        assertThat(release.resolve("solutions")).doesNotExist();
        assertThat(release.resolve("grader")).doesNotExist();

        List<Path> all;
        try (Stream<Path> walk = Files.walk(release)) {
            all = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(all).noneMatch(file -> release.relativize(file).toString().contains("target/"));
        for (Path file : all) {
            assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as("%s", file)
                    .doesNotContain("BEGIN SOLUTION", "END SOLUTION");
        }
        // Every solution class with a region ships as its stub: same path, other content.
        int regions = 0;
        for (String exercise : HandoutRelease.modules(Files.readString(repository.resolve("exercises/pom.xml")))) {
            Path sources = repository.resolve("solutions").resolve(exercise).resolve("src/main/java");
            try (Stream<Path> walk = Files.walk(sources)) {
                for (Path solution : walk.filter(file -> file.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(solution);
                    if (text.contains("BEGIN SOLUTION")) {
                        regions++;
                        Path stub = release.resolve("exercises").resolve(exercise).resolve("src/main/java")
                                .resolve(sources.relativize(solution).toString());
                        assertThat(stub).exists();
                        assertThat(Files.readString(stub)).isNotEqualTo(text).contains("TODO");
                    }
                }
            }
        }
        assertThat(regions).as("solution classes with regions").isGreaterThan(5);
    }

    @Test
    void theAuditFindsPlantedSolutionsHiddenTestsAndDescriptors() throws IOException {
        Path repository = Fixtures.repository();
        Path leaky = temporary.resolve("leaky");
        Fixtures.copyTree(release, leaky);
        Path solution = repository.resolve("solutions/01-softmax/src/main/java/org/dlcourse/softmax/Softmax.java");
        Path hiddenTests;
        try (Stream<Path> walk = Files.walk(repository.resolve("grader/hidden/01-softmax/src/test/java"))) {
            hiddenTests = walk.filter(file -> file.toString().endsWith("Tests.java")).findFirst().orElseThrow();
        }
        Files.copy(solution, leaky.resolve("exercises/01-softmax/src/main/java/org/dlcourse/softmax/Softmax.java"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(hiddenTests, leaky.resolve("lectures").resolve("Renamed.java.txt"));
        Files.createDirectories(leaky.resolve("exercises/01-softmax/src/test/java"));
        Files.copy(hiddenTests, leaky.resolve("exercises/01-softmax/src/test/java")
                .resolve(hiddenTests.getFileName().toString() + ".bak"));
        Path hiddenRoot = repository.resolve("grader/hidden/01-softmax/src/test/java");
        Path renamedLeak = leaky.resolve("exercises/01-softmax/src/test/java")
                .resolve(hiddenRoot.relativize(hiddenTests).toString());
        Files.createDirectories(renamedLeak.getParent());
        Files.writeString(renamedLeak, "class Edited {}");
        Files.createDirectories(leaky.resolve("solutions"));

        List<String> findings = ReleaseAudit.findings(leaky, repository);

        assertThat(findings).anyMatch(f -> f.startsWith("exercises/01-softmax/src/main/java/org/dlcourse/softmax/"
                + "Softmax.java has a solution-region marker"));
        assertThat(findings).anyMatch(f -> f.contains("Softmax.java is a copy of solutions/01-softmax/"));
        assertThat(findings).anyMatch(f -> f.equals("lectures/Renamed.java.txt is a copy of "
                + repository.relativize(hiddenTests)));
        assertThat(findings).anyMatch(f -> f.endsWith(hiddenTests.getFileName() + " is named like a hidden test"));
        assertThat(findings).contains("the release has a solutions/ directory");
    }

    @Test
    void aReleaseNeverOverwritesAnExistingDirectory() throws IOException {
        Files.writeString(temporary.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> HandoutRelease.release(Fixtures.repository(), temporary,
                plan(List.of(), WHOLE_COURSE_PUBLIC, false)))
                .isInstanceOf(GraderException.class).hasMessageContaining("is not empty");
    }

    @Test
    void theHandoutBuildsOfflineOnItsOwnWithoutInstallingAnything() throws IOException, InterruptedException {
        // A copy, so that the other tests see the handout as released, without target/ directories.
        Path handout = temporary.resolve("handout");
        Fixtures.copyTree(release, handout);
        buildOffline(handout);
        assertThat(handout.resolve("exercises/01-softmax/target/test-classes")).isDirectory();
        assertThat(handout.resolve("lectures/target/classes")).isDirectory();
    }

    @Test
    void aHandoutOfOneLaterExerciseBuildsOfflineOnItsOwn() throws IOException, InterruptedException {
        Path handout = temporary.resolve("one");
        HandoutRelease.release(Fixtures.repository(), handout, plan(List.of("03"), List.of(), false));
        buildOffline(handout);
        assertThat(handout.resolve("exercises/03-bias-variance/target/test-classes")).isDirectory();
        assertThat(handout.resolve("lectures/target/classes/org/dlcourse/lectures/biasvariance")).isDirectory();
    }

    /**
     * Runs {@code verify}, which compiles the kit, every stub with its public tests, and the lectures; the tests are
     * skipped (the stubs throw). No install: the shared local repository is only read.
     */
    private void buildOffline(Path handout) throws IOException, InterruptedException {
        Path log = temporary.resolve("build.log");
        ProcessBuilder build = new ProcessBuilder("sh", handout.resolve("mvnw").toString(), "-o", "-q", "-B",
                "verify", "-DskipTests")
                .directory(handout.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        build.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = build.start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the handout's build ended within 10 minutes").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    }
}
