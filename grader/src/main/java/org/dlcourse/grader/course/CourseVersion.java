package org.dlcourse.grader.course;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.stream.Stream;
import org.dlcourse.grader.CourseUnavailableException;

/**
 * The version of a course as grading sees it: SHA-256 over each exercise's id and the names and bytes of the classes
 * and resources of its public and hidden tests (the descriptor with its points and limits included), in id and name
 * order. A jar's entry times do not count, so rebuilding unchanged tests keeps the version; changing a test, its
 * points or a limit changes it.
 */
public final class CourseVersion {

    private CourseVersion() {
    }

    /** {@code sha256:} and the first 16 hex digits of the digest, e.g. {@code sha256:3f2a…}. */
    public static String of(Course course) {
        MessageDigest digest = sha256();
        try {
            for (ExerciseBundle bundle : course.exercises()) {
                update(digest, "exercise:" + bundle.id());
                for (Suite suite : List.of(Suite.PUBLIC, Suite.HIDDEN)) {
                    update(digest, "suite:" + suite);
                    for (var entry : entries(bundle.tests(suite)).entrySet()) {
                        update(digest, entry.getKey());
                        digest.update(entry.getValue());
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new CourseUnavailableException("cannot read the course's tests: " + unreadable.getMessage(),
                    unreadable);
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** The SHA-256 of every file in {@code tests}, a jar or a directory, by its name inside it. */
    private static TreeMap<String, byte[]> entries(Path tests) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        if (Files.isDirectory(tests)) {
            try (Stream<Path> walk = Files.walk(tests)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    entries.put(tests.relativize(file).toString().replace('\\', '/'),
                            sha256().digest(Files.readAllBytes(file)));
                }
            }
            return entries;
        }
        try (InputStream in = Files.newInputStream(tests); JarInputStream jar = new JarInputStream(in)) {
            for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), sha256().digest(jar.readAllBytes()));
                }
            }
        }
        return entries;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
