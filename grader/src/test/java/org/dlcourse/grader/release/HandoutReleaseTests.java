package org.dlcourse.grader.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.GraderException;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.report.ConsoleReport;
import org.dlcourse.grader.report.Report;
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
     * give 01's cross-entropy, 04 and 06 02's shuffle, 06 04's layers and 05's batch norm, 10 03's least squares (a complete SVD), 11 07's analytic kernels.
     */
    private static final List<String> WHOLE_COURSE_PUBLIC = List.of("01", "02", "03", "04", "05", "07");

    /** The exercises whose given code solves an earlier exercise's tasks, with the first solution they need public. */
    private static final Map<String, String> REUSING = Map.of("02-sgd", "01-softmax", "04-backprop", "01-softmax",
            "06-transfer", "01-softmax", "10-finite-width", "03-bias-variance", "11-equivariant-ntk", "07-ntk");

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
                        + earlier.stream().map(id -> " \"" + id + "\"").collect(Collectors.joining(",")) + " ],"
                        + " \"selfStudy\" : false}");
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
        if (REUSING.containsKey(exercise)) {
            assertThatThrownBy(() -> HandoutRelease.release(Fixtures.repository(), one, alone))
                    .isInstanceOf(ReleaseRefusedException.class)
                    .hasMessageContaining("exercises/" + exercise)
                    .hasMessageContaining("--solutions-public " + REUSING.get(exercise) + " once its deadline has passed")
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
                .isEqualTo(course).hasSize(10);
        assertThat(release.resolve(HandoutRelease.MANIFEST)).content().contains("\"" + course.get(9) + "\"",
                "\"solutionsPublic\" : [ \"01-softmax\", \"02-sgd\", \"03-bias-variance\", \"04-backprop\", "
                        + "\"05-regularization\", \"07-ntk\" ]");
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
        assertThat(release.resolve("pom.xml")).content().contains("<module>tools</module>");
        assertThat(release.resolve(StudentChecker.GRADER_JAR)).isRegularFile();
        // As the handout's build completes it: the classpath and the backend (filtered in there).
        Path built = temporary.resolve("checker-course");
        Fixtures.copyTree(release.resolve(StudentChecker.COURSE), built);
        Files.writeString(built.resolve("runtime.classpath"), "");
        Files.writeString(built.resolve("course.properties"), "nd4j.backend.artifact=nd4j-native\n");
        Course checker = Course.load(built);
        assertThat(checker.exerciseIds()).isEqualTo(HandoutRelease.courseExercises(repository));
        for (var exercise : checker.exercises()) {
            assertThat(exercise.hiddenTests().getFileName()).as("no hidden tests in the checker")
                    .hasToString(Course.DESCRIPTOR_ONLY);
            assertThat(exercise.exercise().forbiddenCalls()).as("the forbidden calls of %s", exercise.id())
                    .isEqualTo(Fixtures.realCourse().exercise(exercise.id()).orElseThrow().exercise().forbiddenCalls());
        }

        List<Path> all;
        try (Stream<Path> walk = Files.walk(release)) {
            all = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(all).noneMatch(file -> release.relativize(file).toString().contains("target/"));
        assertThat(all).as("no hidden suite outside self-study")
                .noneMatch(file -> file.getFileName().toString().equals(StudentChecker.HIDDEN_TESTS));
        // The jars' entries are compressed: the audit, which passed for this release, checks them one by one.
        for (Path file : all.stream().filter(file -> !file.toString().endsWith(".jar")).toList()) {
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

    /**
     * {@code check.cmd}, for students on Windows without bash, ships beside {@code ./check} and launches the same
     * entry point with the same JVM settings, arguments, options and exit codes. This machine has no cmd.exe: the
     * test reads the two scripts; it cannot run the Windows one.
     */
    @Test
    void theWindowsCheckerShipsBesideTheBashOneAndLaunchesTheSameGraderCommand() throws IOException {
        String bash = Files.readString(release.resolve(StudentChecker.SCRIPT));
        String cmd = Files.readString(release.resolve(StudentChecker.WINDOWS_SCRIPT));

        assertThat(cmd).as("a batch file with Windows line endings").startsWith("@echo off\r\n")
                .doesNotContainPattern("[^\r]\n");
        String launch = "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
        String entryPoint = "org.dlcourse.grader.cli.GraderCommand check";
        assertThat(bash).contains(launch, entryPoint + " \"$handout/exercises\" --no-sandbox --course \"$course\"",
                "tools/dlcourse-grader.jar", "runtime.classpath", "--self-study", "exit 2", "exit 4");
        assertThat(cmd).contains(launch, entryPoint + " \"%handout%\\exercises\" --no-sandbox --course \"%course%\"",
                "tools\\dlcourse-grader.jar", "runtime.classpath", "--self-study", "exit /b 2", "exit /b 4",
                "\\tools\\target\\course", "hidden-tests.jar");
        for (String option : List.of("--seed", "--replay")) {
            assertThat(cmd).as("check.cmd takes %s like ./check", option).contains("\"" + option + "\"");
            assertThat(bash).contains(option);
        }
        assertThat(usage(cmd)).isEqualTo(usage(bash).replace("./check", "check.cmd"));
    }

    /** The usage line a checker prints on a usage error. */
    private static String usage(String script) {
        Matcher usage = Pattern.compile("usage: (?:\\./check|check\\.cmd) [^\"\r\n]*").matcher(script);
        assertThat(usage.find()).as("a usage line in %s", script.lines().findFirst().orElse("")).isTrue();
        return usage.group();
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
        Path checkerCourse = leaky.resolve(StudentChecker.COURSE + "/exercises/01-softmax");
        Files.copy(Fixtures.realBundle().resolve("exercises/01-softmax/hidden-tests.jar"),
                checkerCourse.resolve("hidden-tests.jar"));
        jar(repository.resolve("solutions/01-softmax/target/classes"), checkerCourse.resolve("stubs.jar"));
        Files.copy(checkerCourse.resolve(Course.DESCRIPTOR_ONLY), leaky.resolve("tools/descriptor.jar"));

        List<String> findings = ReleaseAudit.findings(leaky, repository, false);

        assertThat(findings).anyMatch(f -> f.startsWith("exercises/01-softmax/src/main/java/org/dlcourse/softmax/"
                + "Softmax.java has a solution-region marker"));
        assertThat(findings).anyMatch(f -> f.contains("Softmax.java is a copy of solutions/01-softmax/"));
        assertThat(findings).anyMatch(f -> f.equals("lectures/Renamed.java.txt is a copy of "
                + repository.relativize(hiddenTests)));
        assertThat(findings).anyMatch(f -> f.endsWith(hiddenTests.getFileName() + " is named like a hidden test"));
        assertThat(findings).contains("the release has a solutions/ directory");
        String planted = StudentChecker.COURSE + "/exercises/01-softmax/";
        assertThat(findings).contains(planted + "hidden-tests.jar!org/dlcourse/softmax/SoftmaxProperties.class is"
                + " compiled from a hidden test", planted + "hidden-tests.jar!META-INF/dlcourse/exercise.json is an"
                + " exercise descriptor", planted + "stubs.jar!org/dlcourse/softmax/Softmax.class is compiled from a"
                + " solution, not from its stub", "tools/descriptor.jar!META-INF/dlcourse/exercise.json is an exercise"
                + " descriptor");
        assertThat(findings).as("the checker's own descriptor and the grader are allowed")
                .noneMatch(finding -> finding.startsWith(planted + Course.DESCRIPTOR_ONLY))
                .noneMatch(finding -> finding.startsWith(StudentChecker.GRADER_JAR));
    }

    private static void jar(Path classes, Path to) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to));
                Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
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
     * A student's week with the checker: release 01 alone, build it offline, then {@code ./check 01} on three
     * versions of {@code Softmax.java}. A forbidden {@code Transforms.softmax} is reported with the line the grader
     * prints for the same file; a softmax normalizing the wrong axis fails a public property with a shrunk
     * counterexample and its seed, and {@code --seed} replays it; the solution passes every public test and
     * property. Every run exits 0 (it ran); a malformed or unknown exercise is a usage error (2) with one line.
     */
    @Test
    void theStudentCheckerReportsWhatTheGraderReportsWithPublicTestsAndProperties() throws IOException,
            InterruptedException {
        Path handout = temporary.resolve("week1");
        HandoutRelease.release(Fixtures.repository(), handout, plan(List.of("01"), List.of(), false));
        assertThat(handout.resolve(StudentChecker.SCRIPT)).isExecutable();
        assertThat(handout.resolve(StudentChecker.COURSE + "/exercises/01-softmax/hidden-tests.jar")).doesNotExist();
        buildOffline(handout);
        Path sources = handout.resolve("exercises/01-softmax/src/main/java");
        Fixtures.copyTree(Fixtures.repository().resolve("solutions/01-softmax/src/main/java"), sources);
        Path softmax = sources.resolve("org/dlcourse/softmax/Softmax.java");
        String solution = Files.readString(softmax);
        String normalization = "return exponentials.diviColumnVector(exponentials.sum(true, 1));";
        assertThat(solution).contains(normalization);

        Files.writeString(softmax, solution.replace(normalization, "return Transforms.softmax(logits);"));
        Checked forbidden = check(handout, "01");
        StringWriter graded = new StringWriter();
        ConsoleReport.write(new Grader(Fixtures.realCourse()).grade(GradeRequest.of(handout.resolve("exercises"))
                .withExercises(List.of("01-softmax")).withSuites(Set.of(Suite.PUBLIC)).withSandbox(false)),
                new PrintWriter(graded));
        List<String> violations = graded.toString().lines().filter(line -> line.contains("Transforms")).toList();
        assertThat(violations).as(graded.toString()).isNotEmpty();
        assertThat(forbidden.exitCode()).as(forbidden.output()).isZero();
        assertThat(forbidden.output()).contains("Self-check with the PUBLIC tests only", "01-softmax")
                .contains(violations).contains("tests not run").doesNotContainPattern("passed +\\d");

        Files.writeString(softmax, solution.replace(normalization,
                "return exponentials.diviRowVector(exponentials.sum(true, 0));"));
        Checked wrongAxis = check(handout, "01-softmax");
        assertThat(wrongAxis.exitCode()).as(wrongAxis.output()).isZero();
        assertThat(wrongAxis.output())
                .containsPattern("failed +0/1 +SoftmaxPublicProperties > softmaxRowsAreProbabilityVectors")
                .contains("[row sums]", "Shrunk counterexample").containsPattern("seed: -?\\d+ \\(replay with --seed");
        Matcher seed = Pattern.compile("softmaxRowsAreProbabilityVectors[^\n]*\n(?:[^\n]*\n)*?\\s*seed: (-?\\d+)")
                .matcher(wrongAxis.output());
        assertThat(seed.find()).as(wrongAxis.output()).isTrue();
        Checked replayed = check(handout, "01", "--seed", seed.group(1));
        assertThat(replayed.output()).contains("seed " + seed.group(1))
                .containsPattern("failed +0/1 +SoftmaxPublicProperties > softmaxRowsAreProbabilityVectors");

        Files.writeString(softmax, solution);
        Checked solved = check(handout);
        assertThat(solved.exitCode()).as(solved.output()).isZero();
        assertThat(solved.output()).containsPattern("passed +1/1 +SoftmaxPublicProperties > softmaxRowsAreProbab")
                .containsPattern("passed +1/1 +SoftmaxPublicProperties > logSoftmaxIsTheLogOfSoftmax")
                .containsPattern("passed +1/1 +SoftmaxExamplesTests > softmaxOfOneRow")
                .containsPattern("Total: (\\d+)/\\1\\b")
                .doesNotContainPattern("failed +0");

        Checked malformed = check(handout, "--all");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.output().strip()).startsWith("usage: ./check").doesNotContain("\n");
        Checked unknown = check(handout, "09");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.output().strip()).contains("09").doesNotContain("\n");
    }

    /**
     * A learner's week without an instructor: release 01 alone for self-study, build it offline, then {@code
     * ./check 01-softmax} on the stub and on the reference solution copied in as a learner would. The hidden suite
     * ships compiled (classes, resources, the descriptor; no source, no build file), the README says what that does
     * not protect, and the check runs the public and hidden tests under its self-study banner: the stub's tasks are
     * "not started" with 0 of the whole exercise's points, the solution gets exactly the score grading gives it.
     */
    @Test
    void aSelfStudyHandoutChecksWithTheHiddenTestsAndScoresAsGradingDoes() throws IOException, InterruptedException {
        Path handout = temporary.resolve("self-study");
        HandoutRelease.release(Fixtures.repository(), handout, plan(List.of("01"), List.of(), false).withSelfStudy());
        Path suite = handout.resolve(StudentChecker.COURSE + "/exercises/01-softmax/" + StudentChecker.HIDDEN_TESTS);
        List<String> entries = entries(suite);
        assertThat(entries).contains("org/dlcourse/softmax/SoftmaxProperties.class",
                "org/dlcourse/softmax/pytorch-reference.json", "META-INF/dlcourse/exercise.json")
                .noneMatch(entry -> entry.endsWith(".java") || entry.startsWith("META-INF/maven/"));
        assertThat(handout.resolve(StudentChecker.COURSE + "/exercises/01-softmax/" + Course.DESCRIPTOR_ONLY))
                .doesNotExist();
        assertThat(handout.resolve("README.md")).content().contains("## Self-study", "can be decompiled",
                "not for grading for credit");
        assertThat(handout.resolve(HandoutRelease.MANIFEST)).content().contains("\"selfStudy\" : true");
        buildOffline(handout);

        Report graderMaximum = new Grader(Fixtures.realCourse()).grade(GradeRequest.of(handout.resolve("exercises"))
                .withExercises(List.of("01-softmax")).withSandbox(false));
        Checked stub = check(handout, "01-softmax");
        assertThat(stub.exitCode()).as(stub.output()).isZero();
        assertThat(stub.output()).startsWith("Self-check with the public and hidden tests (self-study)")
                .contains("public+hidden tests", "task softmax: not started", "task gradient: not started")
                .contains("Total: 0/" + graderMaximum.score().max())
                .doesNotContain("PUBLIC tests only");
        assertThat(graderMaximum.score().max()).as("the hidden tests' points count")
                .isGreaterThan(publicMaximum(handout));

        Fixtures.copyTree(Fixtures.repository().resolve("solutions/01-softmax/src/main/java"),
                handout.resolve("exercises/01-softmax/src/main/java"));
        Checked solved = check(handout, "01-softmax");
        Report graded = new Grader(Fixtures.realCourse()).grade(GradeRequest.of(handout.resolve("exercises"))
                .withExercises(List.of("01-softmax")).withSandbox(false));
        assertThat(solved.exitCode()).as(solved.output()).isZero();
        assertThat(graded.score().points()).isEqualTo(graded.score().max());
        assertThat(solved.output()).contains("Total: " + graded.score())
                .containsPattern("passed +\\d+/\\d+ +SoftmaxProperties > rowsAreProbabilityVectors")
                .containsPattern("passed +\\d+/\\d+ +PyTorchReferenceTests > gradientMatchesPyTorch")
                .doesNotContainPattern("failed +0");
    }

    /**
     * The self-study handout holds no solution class (no class compiled from a solution source with a region, by
     * bytes or by name without the stub's TODO) and no hidden test's source; the audit allows its hidden suites only
     * in self-study, and still finds a planted source or solution class inside them.
     */
    @Test
    void aSelfStudyHandoutHoldsNoSolutionClassNoHiddenSourceAndTheAuditSeesInsideItsSuites() throws IOException {
        Path repository = Fixtures.repository();
        Path handout = temporary.resolve("self-study");
        HandoutRelease.release(repository, handout, plan(List.of(), WHOLE_COURSE_PUBLIC, false).withSelfStudy());
        Set<String> solutionClasses = new HashSet<>();
        Set<String> hiddenSources = new HashSet<>();
        for (String exercise : HandoutRelease.courseExercises(repository)) {
            Path classes = repository.resolve("solutions").resolve(exercise).resolve("target/classes");
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path file : walk.filter(path -> path.toString().endsWith(".class")).toList()) {
                    solutionClasses.add(digest(Files.readAllBytes(file)));
                }
            }
            Path tests = repository.resolve("grader/hidden").resolve(exercise).resolve("src/test/java");
            try (Stream<Path> walk = Files.walk(tests)) {
                walk.filter(path -> path.toString().endsWith(".java"))
                        .forEach(path -> hiddenSources.add(tests.relativize(path).toString().replace('\\', '/')));
            }
        }
        // A solution class compiled from a file without a region is the stub's class too: only those with one count.
        Set<String> stubClasses = new HashSet<>();
        for (String exercise : HandoutRelease.courseExercises(repository)) {
            try (Stream<Path> walk = Files.walk(repository.resolve("exercises").resolve(exercise)
                    .resolve("target/classes"))) {
                for (Path file : walk.filter(path -> path.toString().endsWith(".class")).toList()) {
                    stubClasses.add(digest(Files.readAllBytes(file)));
                }
            }
        }
        solutionClasses.removeAll(stubClasses);
        assertThat(solutionClasses).as("solution classes that differ from their stubs").hasSizeGreaterThan(10);
        List<Path> all;
        try (Stream<Path> walk = Files.walk(handout)) {
            all = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(all.stream().filter(file -> file.getFileName().toString().equals(StudentChecker.HIDDEN_TESTS)))
                .hasSize(10);
        for (Path file : all) {
            String path = file.toString().replace('\\', '/');
            assertThat(hiddenSources).as("%s", file).doesNotContain(path.replaceFirst(".*/src/(main|test)/java/", ""));
            assertThat(solutionClasses).as("%s", file).doesNotContain(digest(Files.readAllBytes(file)));
            if (path.endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        assertThat(hiddenSources).as("%s!%s", file, name).doesNotContain(name);
                        if (path.endsWith(StudentChecker.HIDDEN_TESTS)) {
                            assertThat(name).as("%s holds no source", file).doesNotEndWith(".java");
                        }
                        try (InputStream in = jar.getInputStream(entry)) {
                            assertThat(solutionClasses).as("%s!%s", file, name)
                                    .doesNotContain(digest(in.readAllBytes()));
                        }
                    }
                }
            }
        }
        assertThat(ReleaseAudit.findings(handout, repository, true)).isEmpty();
        assertThat(ReleaseAudit.findings(handout, repository, false)).as("outside self-study, hidden suites leak")
                .contains(StudentChecker.COURSE + "/exercises/01-softmax/hidden-tests.jar!org/dlcourse/softmax/"
                        + "SoftmaxProperties.class is compiled from a hidden test");

        Path suite = handout.resolve(StudentChecker.COURSE + "/exercises/01-softmax/" + StudentChecker.HIDDEN_TESTS);
        Path hiddenSource = repository.resolve("grader/hidden/01-softmax/src/test/java/org/dlcourse/softmax/"
                + "SoftmaxProperties.java");
        Path solutionClass = repository.resolve("solutions/01-softmax/target/classes/org/dlcourse/softmax/"
                + "Softmax.class");
        Map<String, byte[]> plantedEntries = new LinkedHashMap<>();
        try (ZipFile jar = new ZipFile(suite.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                try (InputStream in = jar.getInputStream(entry)) {
                    plantedEntries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        plantedEntries.put("org/dlcourse/softmax/SoftmaxProperties.java", Files.readString(hiddenSource)
                .replace("class", "class ").getBytes(StandardCharsets.UTF_8));
        plantedEntries.put("Notes.java", "class Notes {}".getBytes(StandardCharsets.UTF_8));
        plantedEntries.put("org/dlcourse/softmax/Softmax.class", Files.readAllBytes(solutionClass));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(suite))) {
            for (Map.Entry<String, byte[]> entry : plantedEntries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        String planted = StudentChecker.COURSE + "/exercises/01-softmax/hidden-tests.jar!";
        assertThat(ReleaseAudit.findings(handout, repository, true)).contains(
                planted + "org/dlcourse/softmax/SoftmaxProperties.java is a Java source of a hidden test",
                planted + "Notes.java is a Java source",
                StudentChecker.COURSE + "/exercises/01-softmax/hidden-tests.jar!org/dlcourse/softmax/Softmax.class"
                        + " is compiled from a solution, not from its stub");
    }

    private static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    /** The points of the public tests of the exercises in {@code handout}'s checker. */
    private static int publicMaximum(Path handout) throws IOException, InterruptedException {
        Report report = new Grader(Fixtures.realCourse()).grade(GradeRequest.of(handout.resolve("exercises"))
                .withExercises(List.of("01-softmax")).withSuites(Set.of(Suite.PUBLIC)).withSandbox(false));
        return report.score().max();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** What {@code ./check} printed (stdout and stderr) and its exit code. */
    private record Checked(int exitCode, String output) {
    }

    private Checked check(Path handout, String... exercises) throws IOException, InterruptedException {
        Path log = temporary.resolve("check.log");
        List<String> command = new ArrayList<>(List.of("bash", handout.resolve(StudentChecker.SCRIPT).toString()));
        command.addAll(List.of(exercises));
        ProcessBuilder check = new ProcessBuilder(command).directory(handout.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        check.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = check.start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("./check ended within 5 minutes").isTrue();
        return new Checked(process.exitValue(), Files.readString(log));
    }

    /**
     * Runs {@code verify}, which compiles the kit, every stub with its public tests, and the lectures; the tests are
     * skipped (the stubs throw). No install: the shared local repository is only read.
     */
    private void buildOffline(Path handout) throws IOException, InterruptedException {
        Path log = temporary.resolve("build.log");
        List<String> command = new ArrayList<>(List.of("sh", handout.resolve("mvnw").toString(), "-o", "-q", "-B",
                "verify", "-DskipTests"));
        String repository = System.getProperty("dlcourse.mavenRepository", "");
        if (!repository.isEmpty()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        ProcessBuilder build = new ProcessBuilder(command)
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
