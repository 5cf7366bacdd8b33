package org.dlcourse.grader.course;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.dlcourse.grader.CourseUnavailableException;

/**
 * The course a submission is graded against: the forked test JVM's classpath, the ND4J backend it was built
 * with, and the exercises.
 *
 * <p>The build writes a course bundle to {@code grader/target/course} ({@link #load(Path)}):
 * <pre>
 * course.properties          nd4j.backend.artifact=nd4j-native
 * runtime.classpath          kit, ND4J, JUnit Platform, Jackson (one line, path-separator separated; a relative
 *                            entry is relative to this directory, as in the relocatable CI bundle)
 * exercises/ID/public-tests.jar, hidden-tests.jar (with the descriptor), stubs.jar
 * </pre>
 * The student checker's bundle in a handout has {@value #DESCRIPTOR_ONLY} instead of {@code hidden-tests.jar}: the
 * descriptor alone, as the hidden suite with no tests, so that {@code grader check} applies the same policy.
 * Tests build courses from fixture directories with the canonical constructor instead.
 *
 * @param runtimeClasspath the classpath of student code and tests, besides the grader's own runner classes
 * @param backend {@code cpu} or {@code cuda}: the ND4J backend on {@code runtimeClasspath}
 * @param exercises the exercises, ordered by id
 */
public record Course(List<Path> runtimeClasspath, String backend, List<ExerciseBundle> exercises) {

    /** A hidden suite with the exercise's descriptor and no tests, in the student checker's bundle. */
    public static final String DESCRIPTOR_ONLY = "descriptor.jar";

    /** The command that builds the bundle, for messages. */
    public static final String BUILD_COMMAND = "./mvnw -q package -DskipTests";

    /** Checks the components and orders the exercises by id. */
    public Course {
        runtimeClasspath = List.copyOf(runtimeClasspath);
        Objects.requireNonNull(backend, "backend");
        exercises = exercises.stream().sorted(Comparator.comparing(ExerciseBundle::id)).toList();
        if (exercises.stream().map(ExerciseBundle::id).distinct().count() != exercises.size()) {
            throw new IllegalArgumentException("two exercises share an id: " + exercises);
        }
    }

    /**
     * Loads the course bundle in {@code directory}.
     *
     * @throws CourseUnavailableException if the bundle is missing or incomplete
     */
    public static Course load(Path directory) {
        Path classpathFile = directory.resolve("runtime.classpath");
        Path propertiesFile = directory.resolve("course.properties");
        Path exercisesDirectory = directory.resolve("exercises");
        if (!Files.isRegularFile(classpathFile) || !Files.isRegularFile(propertiesFile)
                || !Files.isDirectory(exercisesDirectory)) {
            throw new CourseUnavailableException("no course bundle in " + directory
                    + "; the grader is not built: run " + BUILD_COMMAND + " in the course repository first");
        }
        try {
            List<Path> classpath = Arrays.stream(Files.readString(classpathFile).strip().split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank())
                    .map(entry -> directory.resolve(entry).normalize())
                    .toList();
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(propertiesFile)) {
                properties.load(in);
            }
            String backend = backendOf(properties.getProperty("nd4j.backend.artifact", ""));
            List<ExerciseBundle> exercises = new ArrayList<>();
            try (Stream<Path> children = Files.list(exercisesDirectory)) {
                for (Path exerciseDirectory : children.filter(Files::isDirectory).sorted().toList()) {
                    exercises.add(bundle(exerciseDirectory));
                }
            }
            return new Course(classpath, backend, exercises);
        } catch (IOException unreadable) {
            throw new CourseUnavailableException("cannot read the course bundle in " + directory + ": "
                    + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * Where the build puts the bundle: {@code course} beside the grader's classes directory or jar, i.e.
     * {@code grader/target/course}.
     */
    public static Path defaultLocation() {
        return TestDiscovery.runnerClasses().toAbsolutePath().getParent().resolve("course");
    }

    /** {@code cpu} or {@code cuda} for an ND4J backend artifact such as {@code nd4j-native} or {@code nd4j-cuda-11.6}. */
    public static String backendOf(String artifact) {
        if (artifact.startsWith("nd4j-cuda")) {
            return "cuda";
        }
        if (artifact.equals("nd4j-native")) {
            return "cpu";
        }
        throw new CourseUnavailableException("unknown ND4J backend artifact '" + artifact
                + "' in course.properties; expected nd4j-native or nd4j-cuda-*");
    }

    /** The exercise with {@code id}, if the course has it. */
    public Optional<ExerciseBundle> exercise(String id) {
        return exercises.stream().filter(bundle -> bundle.id().equals(id)).findFirst();
    }

    /** The ids of the exercises, in order. */
    public List<String> exerciseIds() {
        return exercises.stream().map(ExerciseBundle::id).toList();
    }

    private static ExerciseBundle bundle(Path directory) {
        Path publicTests = directory.resolve("public-tests.jar");
        Path hiddenTests = directory.resolve("hidden-tests.jar");
        if (!Files.exists(hiddenTests) && Files.isRegularFile(directory.resolve(DESCRIPTOR_ONLY))) {
            hiddenTests = directory.resolve(DESCRIPTOR_ONLY);
        }
        Path stubs = directory.resolve("stubs.jar");
        for (Path required : List.of(publicTests, hiddenTests, stubs)) {
            if (!Files.isRegularFile(required)) {
                throw new CourseUnavailableException("the course bundle lacks " + required
                        + "; run " + BUILD_COMMAND + " in the course repository");
            }
        }
        Exercise exercise = ExerciseDescriptors.read(hiddenTests);
        if (!exercise.id().equals(directory.getFileName().toString())) {
            throw new CourseUnavailableException("the descriptor in " + hiddenTests + " says id " + exercise.id()
                    + " but the bundle directory is " + directory.getFileName());
        }
        return new ExerciseBundle(exercise, publicTests, hiddenTests, stubs);
    }
}
