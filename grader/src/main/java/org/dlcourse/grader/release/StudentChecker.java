package org.dlcourse.grader.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dlcourse.grader.CourseUnavailableException;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.ExerciseDescriptors;

/**
 * The student checker a handout carries: {@code ./check [ID]...} runs the course's own grader ({@code grader check
 * --no-sandbox}) on the student's exercises, so that compilation, the bytecode policy and its messages, and the
 * public tests and properties are exactly what grading runs, minus the hidden tests.
 *
 * <p>Why the grader itself and not a Maven plugin or a copy of the policy: one implementation of the policy and of
 * the report, so that a forbidden call that scores 0 at grading fails the check with the same message. What ships,
 * in {@code tools/}:
 * <pre>
 * dlcourse-grader.jar                  the grader's classes (no solutions, no hidden tests: they are not in it)
 * pom.xml                              module of the handout: resolves the grader's runtime dependencies at the
 *                                      student's first build and writes target/course (classpath, backend)
 * course/course.properties             the ND4J backend, filtered in by that build
 * course/exercises/ID/public-tests.jar the compiled public tests, as the grader runs them
 * course/exercises/ID/stubs.jar        the compiled stubs, against which the grader plans the tests
 * course/exercises/ID/descriptor.jar   the exercise's descriptor (tasks, forbidden calls) and nothing else
 * </pre>
 * and at the handout's root {@code check} (bash) and {@code check.cmd} (Windows), two thin launchers of the same
 * {@code GraderCommand check} with the same options and exit codes.
 * The course's built bundle ({@link Course#defaultLocation()}) and the grader's classes are the sources; the hidden
 * tests' jar is opened only to take the descriptor out of it.
 *
 * <p>Self-study ({@link ReleasePlan#selfStudy()}): instead of {@code descriptor.jar}, {@code
 * course/exercises/ID/hidden-tests.jar} holds the hidden suite as the grader runs it, compiled: its classes, its
 * resources (reference values) and the descriptor, never a {@code .java} source nor the hidden module's build files.
 * {@code ./check} then passes {@code --self-study} and the grader runs the public and the hidden tests. Compiled
 * tests can be decompiled: self-study trades the secrecy of the hidden tests for the learner's feedback
 * ({@link HandoutRelease#selfStudyNotice()}).
 */
final class StudentChecker {

    /** Where the checker lives in the handout, and its course bundle's sources. */
    static final String TOOLS = "tools";
    static final String GRADER_JAR = TOOLS + "/dlcourse-grader.jar";
    static final String COURSE = TOOLS + "/course";
    static final String SCRIPT = "check";
    /** The same checker for Windows, the same entry point and options, run by {@code cmd.exe}. */
    static final String WINDOWS_SCRIPT = "check.cmd";
    /** The hidden suite's jar in a course bundle, and in a self-study handout's checker. */
    static final String HIDDEN_TESTS = "hidden-tests.jar";

    /** The hidden module's build files, which the hidden suite does not need to run. */
    private static final String BUILD_FILES = "META-INF/maven/";

    private static final Pattern DEPENDENCY = Pattern.compile("[ \\t]*<dependency>.*?</dependency>\\n?",
            Pattern.DOTALL);
    private static final Pattern DEPENDENCIES = Pattern.compile("<dependencies>(.*?)</dependencies>",
            Pattern.DOTALL);

    /** Jar entries get this time, so that a release of the same course is the same bytes. */
    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private StudentChecker() {
    }

    /**
     * Writes the checker of {@code exercises} to {@code handout}, from the grader's classes {@code graderClasses} (a
     * jar or a directory) and the course bundle {@code bundle} built in {@code repository}; with the hidden suites,
     * compiled, if {@code selfStudy}.
     *
     * @throws CourseUnavailableException if the grader or its course bundle is not built
     */
    static void write(Path repository, Path graderClasses, Path bundle, List<String> exercises, boolean selfStudy,
            Path handout) throws IOException {
        if (!Files.exists(graderClasses) || !Files.isDirectory(bundle.resolve("exercises"))) {
            throw new CourseUnavailableException("the student checker needs the built grader and its course bundle"
                    + " (" + bundle + "); run " + Course.BUILD_COMMAND + " in the course repository first");
        }
        Path tools = handout.resolve(TOOLS);
        Files.createDirectories(tools);
        if (Files.isDirectory(graderClasses)) {
            jar(graderClasses, handout.resolve(GRADER_JAR));
        } else {
            Files.copy(graderClasses, handout.resolve(GRADER_JAR));
        }
        Files.writeString(tools.resolve("pom.xml"), pom(Files.readString(repository.resolve("grader/pom.xml"),
                StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        Path course = handout.resolve(COURSE);
        Files.createDirectories(course);
        Files.writeString(course.resolve("course.properties"), "# The ND4J backend the handout's build resolved.\n"
                + "nd4j.backend.artifact=${nd4j.backend}\n", StandardCharsets.UTF_8);
        for (String exercise : exercises) {
            Path from = bundle.resolve("exercises").resolve(exercise);
            Path to = course.resolve("exercises").resolve(exercise);
            Files.createDirectories(to);
            for (String artifact : List.of("public-tests.jar", "stubs.jar")) {
                requireBuilt(from.resolve(artifact));
                Files.copy(from.resolve(artifact), to.resolve(artifact));
            }
            requireBuilt(from.resolve(HIDDEN_TESTS));
            if (selfStudy) {
                compiledSuite(from.resolve(HIDDEN_TESTS), to.resolve(HIDDEN_TESTS));
            } else {
                descriptorOnly(from.resolve(HIDDEN_TESTS), to.resolve(Course.DESCRIPTOR_ONLY));
            }
        }
        for (String name : List.of(SCRIPT, WINDOWS_SCRIPT)) {
            try (InputStream script = StudentChecker.class.getResourceAsStream(name)) {
                if (script == null) {
                    throw new IllegalStateException("the checker script " + name
                            + " is missing from the grader's resources");
                }
                Files.copy(script, handout.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!handout.resolve(SCRIPT).toFile().setExecutable(true, false)) {
            throw new IOException("cannot make " + handout.resolve(SCRIPT) + " executable");
        }
    }

    /**
     * The checker module's POM: the template with the grader's own runtime dependencies (every dependency of
     * {@code graderPom} but those in test scope, which order the course's reactor), versions from the handout's root
     * POM.
     */
    static String pom(String graderPom) throws IOException {
        Matcher section = DEPENDENCIES.matcher(graderPom);
        if (!section.find()) {
            throw new IllegalStateException("the grader's POM has no <dependencies>");
        }
        Matcher dependency = DEPENDENCY.matcher(section.group(1));
        String runtime = dependency.results().map(match -> match.group())
                .filter(entry -> !entry.contains("<scope>test</scope>"))
                .collect(Collectors.joining()).stripTrailing();
        try (InputStream in = StudentChecker.class.getResourceAsStream("checker-pom.xml")) {
            if (in == null) {
                throw new IllegalStateException("checker-pom.xml is missing from the grader's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{DEPENDENCIES}}", runtime);
        }
    }

    private static void requireBuilt(Path artifact) {
        if (!Files.isRegularFile(artifact)) {
            throw new CourseUnavailableException("the course bundle lacks " + artifact + "; run "
                    + Course.BUILD_COMMAND + " in the course repository first");
        }
    }

    /** A jar holding only the descriptor of {@code hiddenTests}, at the place the grader reads it from. */
    private static void descriptorOnly(Path hiddenTests, Path to) throws IOException {
        try (ZipFile jar = new ZipFile(hiddenTests.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry descriptor = jar.getEntry(ExerciseDescriptors.LOCATION);
            if (descriptor == null) {
                throw new CourseUnavailableException(hiddenTests + " has no " + ExerciseDescriptors.LOCATION);
            }
            try (InputStream in = jar.getInputStream(descriptor)) {
                put(out, ExerciseDescriptors.LOCATION, in);
            }
        }
    }

    /**
     * {@code hiddenTests} as the self-study checker ships it: every entry but Java sources and the hidden module's
     * build files, in the jar's order.
     */
    private static void compiledSuite(Path hiddenTests, Path to) throws IOException {
        try (ZipFile jar = new ZipFile(hiddenTests.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || name.endsWith(".java") || name.startsWith(BUILD_FILES)) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    put(out, name, in);
                }
            }
        }
    }

    private static void jar(Path classes, Path to) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to));
                Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    put(out, classes.relativize(file).toString().replace('\\', '/'), in);
                }
            }
        }
    }

    private static void put(ZipOutputStream out, String name, InputStream in) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(EPOCH);
        out.putNextEntry(entry);
        in.transferTo(out);
        out.closeEntry();
    }

    /**
     * For the audit: whether {@code entry} of {@code jar} (relative to the handout) is a checker's descriptor, in its
     * {@code descriptor.jar} or, in a self-study handout, in its hidden suite.
     */
    static boolean isCheckerDescriptor(String jar, String entry, boolean selfStudy) {
        return (isCheckerJar(jar, Course.DESCRIPTOR_ONLY) || selfStudy && isCheckerJar(jar, HIDDEN_TESTS))
                && entry.equals(ExerciseDescriptors.LOCATION);
    }

    /** For the audit: whether {@code jar} (relative to the handout) is the hidden suite a self-study checker runs. */
    static boolean isSelfStudySuite(String jar, boolean selfStudy) {
        return selfStudy && isCheckerJar(jar, HIDDEN_TESTS);
    }

    private static boolean isCheckerJar(String jar, String name) {
        return jar.matches(Pattern.quote(COURSE + "/exercises/") + "[^/]+/" + Pattern.quote(name));
    }
}
