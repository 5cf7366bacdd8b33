package org.dlcourse.grader.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.cli.GraderCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code grader similarity} on a planted class of 01-softmax: alice hands in the reference solution, bob a renamed
 * copy of it (other identifiers, comments and layout), dave (as a zip) an independent, loop-based implementation,
 * carol the stub unchanged. JPlag comes from the user's cache, fetched from Maven Central on first use; without it
 * (offline, nothing cached) the tests that need it are skipped, saying so.
 */
class SimilarityCheckTests {

    private static final String EXERCISE = "01-softmax";
    private static final String PACKAGE = "org/dlcourse/softmax";
    private static JPlagInstallation jplag;
    private static String unavailable;

    @TempDir
    Path temp;

    @BeforeAll
    static void obtainJPlag() throws IOException {
        try {
            jplag = JPlagInstallation.cached(JPlagInstallation.defaultCacheDirectory(System::getenv,
                    System::getProperty), JPlagInstallation.MAVEN_CENTRAL);
        } catch (JPlagUnavailableException offline) {
            unavailable = offline.getMessage();
        }
    }

    @Test
    void flagsTheRenamedCopyAndNotTheIndependentSolutionNorTheStub() throws Exception {
        Assumptions.assumeTrue(jplag != null, () -> "JPlag cannot be obtained: " + unavailable);
        SimilarityCheck.Outcome outcome = new SimilarityCheck(Fixtures.realCourse(), jplag).run(
                new SimilarityRequest(plantedClass(), List.of(EXERCISE), SimilarityRequest.DEFAULT_THRESHOLD, 0,
                        temp.resolve("out")));

        assertThat(outcome.pairs()).extracting(pair -> pair.first() + "-" + pair.second()).containsExactly("alice-bob");
        SimilarPair copy = outcome.pairs().get(0);
        assertThat(copy.similarity()).isGreaterThan(0.9);
        assertThat(copy.regions()).extracting(MatchedRegion::firstFile, MatchedRegion::secondFile)
                .contains(tuple(PACKAGE + "/CrossEntropy.java",
                        PACKAGE + "/CrossEntropy.java"));
        assertThat(outcome.compared()).containsExactly(EXERCISE + ": 4 students");
        assertThat(temp.resolve("out/jplag/" + EXERCISE + ".zip")).isRegularFile();
    }

    @Test
    void belowTheThresholdTheIndependentSolutionIsFarLessSimilarAndTheStubMatchesNobody() throws Exception {
        Assumptions.assumeTrue(jplag != null, () -> "JPlag cannot be obtained: " + unavailable);
        SimilarityCheck.Outcome outcome = new SimilarityCheck(Fixtures.realCourse(), jplag).run(
                new SimilarityRequest(plantedClass(), List.of(EXERCISE), 0, 0, temp.resolve("out")));

        assertThat(outcome.pairs()).hasSize(6);
        assertThat(outcome.pairs()).filteredOn(pair -> pair.first().equals("carol") || pair.second().equals("carol"))
                .allSatisfy(pair -> assertThat(pair.matchedTokens()).isZero());
        assertThat(outcome.pairs()).filteredOn(pair -> pair.second().equals("dave") && !pair.first().equals("carol"))
                .allSatisfy(pair -> assertThat(pair.similarity()).isLessThan(SimilarityRequest.DEFAULT_THRESHOLD));
    }

    @Test
    void theCommandWritesTheCsvAndTheTableWithTheMatchingRegions() throws Exception {
        Assumptions.assumeTrue(jplag != null, () -> "JPlag cannot be obtained: " + unavailable);
        Path jars = Files.createDirectories(temp.resolve("jars"));
        for (Path jar : jplag.classpath()) {
            Files.copy(jar, jars.resolve(jar.getFileName()));
        }
        Path out = temp.resolve("out");
        StringWriter output = new StringWriter();
        int code = execute(output, "similarity", plantedClass().toString(), "-e", EXERCISE, "--jplag", jars.toString(),
                "--out", out.toString(), "--course", Fixtures.realBundle().toString());

        assertThat(code).as(output.toString()).isZero();
        assertThat(Files.readAllLines(out.resolve("similarity.csv"))).hasSize(2)
                .first().isEqualTo("exercise,student_a,student_b,similarity,max_similarity,matched_tokens");
        assertThat(Files.readAllLines(out.resolve("similarity.csv")).get(1)).startsWith("01-softmax,alice,bob,0.9");
        assertThat(Files.readString(out.resolve("similarity.md")))
                .contains("| 01-softmax | alice | bob |", "`" + PACKAGE + "/CrossEntropy.java:");
    }

    @Test
    void offlineWithNothingCachedItIsUnavailableNamingTheUrlAndTheWayOut() {
        assertThatThrownBy(() -> JPlagInstallation.cached(temp.resolve("cache"), URI.create("http://127.0.0.1:9/")))
                .isInstanceOf(JPlagUnavailableException.class)
                .hasMessageContaining("http://127.0.0.1:9/de/jplag/jplag/4.3.0/jplag-4.3.0.jar")
                .hasMessageContaining("--jplag");
        assertThat(temp.resolve("cache")).isEmptyDirectory();
    }

    @Test
    void aJPlagThatIsNotThereExitsThree() throws Exception {
        StringWriter output = new StringWriter();
        int code = execute(output, "similarity", temp.toString(), "--jplag", temp.resolve("nowhere").toString(),
                "--course", Fixtures.realBundle().toString());

        assertThat(code).isEqualTo(3);
        assertThat(output.toString()).contains("--jplag " + temp.resolve("nowhere") + " is neither a jar nor");
    }

    private static int execute(StringWriter output, String... args) {
        CommandLine command = GraderCommand.commandLine();
        PrintWriter writer = new PrintWriter(output, true);
        command.setOut(writer);
        command.setErr(writer);
        return command.execute(args);
    }

    /** alice, bob, carol as handout clones; dave as a zip of {@code exercises/}. */
    private Path plantedClass() throws IOException {
        Path root = Fixtures.repository();
        Path stub = root.resolve("exercises").resolve(EXERCISE).resolve("src/main/java");
        Path classDirectory = Files.createDirectories(temp.resolve("class"));
        for (String student : List.of("alice", "bob", "carol", "dave")) {
            copy(stub, sources(classDirectory.resolve(student)));
        }
        copy(root.resolve("solutions").resolve(EXERCISE).resolve("src/main/java"),
                sources(classDirectory.resolve("alice")));
        copy(resource("renamed"), sources(classDirectory.resolve("bob")).resolve(PACKAGE));
        copy(resource("independent"), sources(classDirectory.resolve("dave")).resolve(PACKAGE));
        zip(classDirectory.resolve("dave"), classDirectory.resolve("dave.zip"));
        return classDirectory;
    }

    private static Path sources(Path student) {
        return student.resolve("exercises").resolve(EXERCISE).resolve("src/main/java");
    }

    private static Path resource(String name) {
        try {
            return Path.of(SimilarityCheckTests.class.getResource("/similarity/" + name).toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Zips {@code directory} into {@code zip} and removes the directory. */
    private static void zip(Path directory, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : files) {
                out.putNextEntry(new ZipEntry(directory.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
