package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.ExerciseDescriptors;

/**
 * The course and submissions the tests grade: the real course bundle the build assembles, the repository's
 * {@code solutions/} and {@code exercises/}, and fixture courses of small pure-Java exercises built here from the
 * sources in {@code src/test/resources/fixtures}, so that timeouts, crashes and exits cost a fraction of a second
 * instead of an ND4J start.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The course bundle of this build ({@code grader/target/course}). */
    public static Path realBundle() {
        return Path.of(System.getProperty("dlcourse.course", "target/course")).toAbsolutePath();
    }

    /** The real course. */
    public static Course realCourse() {
        return Course.load(realBundle());
    }

    /** The repository root, holding {@code solutions/} and {@code exercises/}. */
    public static Path repository() {
        return Path.of(System.getProperty("dlcourse.root", "..")).toAbsolutePath().normalize();
    }

    /** The fixture sources. */
    public static Path fixtureSources() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Builds a course bundle in {@code directory} holding the fixture exercises {@code ids}, laid out as the build
     * lays out the real one, with the real course's runtime classpath.
     */
    public static Path fixtureBundle(Path directory, String... ids) throws IOException {
        Path real = realBundle();
        Files.createDirectories(directory);
        Files.copy(real.resolve("runtime.classpath"), directory.resolve("runtime.classpath"));
        Files.writeString(directory.resolve("course.properties"), "nd4j.backend.artifact=nd4j-native\n");
        List<Path> classpath = Course.load(real).runtimeClasspath();
        for (String id : ids) {
            Path sources = fixtureSources().resolve(id);
            Path out = Files.createDirectories(directory.resolve("exercises").resolve(id));
            Path work = Files.createTempDirectory(directory, "build-" + id);
            Path stubs = compile(sources.resolve("stubs"), work.resolve("stubs"), classpath);
            List<Path> testClasspath = new ArrayList<>(classpath);
            testClasspath.add(stubs);
            Path publicTests = compile(sources.resolve("public"), work.resolve("public"), testClasspath);
            Path hiddenTests = compile(sources.resolve("hidden"), work.resolve("hidden"), testClasspath);
            Path descriptor = hiddenTests.resolve(ExerciseDescriptors.LOCATION);
            Files.createDirectories(descriptor.getParent());
            Files.copy(sources.resolve("exercise.json"), descriptor);
            jar(stubs, out.resolve("stubs.jar"));
            jar(publicTests, out.resolve("public-tests.jar"));
            jar(hiddenTests, out.resolve("hidden-tests.jar"));
        }
        return directory;
    }

    /** Writes the fixture's {@code variant} ({@code solution} or {@code stubs}) of exercise {@code id} into {@code submission}. */
    public static void writeFixture(Path submission, String id, String variant) throws IOException {
        copyTree(fixtureSources().resolve(id).resolve(variant), submission.resolve(id).resolve("src/main/java"));
    }

    /** Writes {@code text} to {@code <submission>/<id>/src/main/java/<path>}. */
    public static void writeSource(Path submission, String id, String path, String text) throws IOException {
        Path file = submission.resolve(id).resolve("src/main/java").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Writes fixture 90-arith's {@code Arith} with a correct {@code add} and the given members; {@code multiply} and
     * {@code negate} are the correct ones unless the members declare them. The members start at line 15, or at line
     * 12 when they declare {@code multiply}.
     */
    public static void writeArith(Path submission, String members) throws IOException {
        String negate = members.contains("negate(") ? "" : """
                    public static int negate(int a) {
                        return -a;
                    }
                """;
        String multiply = members.contains("multiply(") ? "" : """
                    public static int multiply(int a, int b) {
                        return a * b;
                    }
                """;
        writeSource(submission, "90-arith", "org/dlcourse/fixture/arith/Arith.java", """
                package org.dlcourse.fixture.arith;

                public final class Arith {

                    private Arith() {
                    }

                    public static int add(int a, int b) {
                        return a + b;
                    }

                """ + multiply + members + negate + "}\n");
    }

    /** Copies every file under {@code from} to the same relative path under {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Compiles every Java source under {@code sources} into {@code classes} for Java 17, with debug information. */
    public static Path compile(Path sources, Path classes, List<Path> classpath) throws IOException {
        Files.createDirectories(classes);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean compiled = compiler.getTask(null, manager, null, List.of("--release", "17", "-g", "-proc:none",
                    "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                    "-d", classes.toString()), null, manager.getJavaFileObjectsFromPaths(files)).call();
            assertThat(compiled).as("fixture sources in %s compile", sources).isTrue();
        }
        return classes;
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path entry : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(classes.relativize(entry).toString().replace('\\', '/')));
                Files.copy(entry, zip);
                zip.closeEntry();
            }
        }
    }
}
