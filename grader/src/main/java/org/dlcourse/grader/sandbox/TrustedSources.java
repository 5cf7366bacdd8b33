package org.dlcourse.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The course's own sources, recognised by content: an exercise whose copied sources are byte for byte the reference
 * solution's or the stub's needs no sandbox, since no line of it is a student's.
 *
 * <p>Why this is safe: the manifest ({@value #FILE}, one line {@code KIND SHA-256 PATH} per file, kind
 * {@code solution} or {@code stub}) is written by the grader's own build into the course bundle, from
 * {@code solutions/<id>/src/main/java} and {@code exercises/<id>/src/main/java} of the repository it is built from,
 * and a submission cannot change the bundle. A tree is trusted only if its set of files, paths and SHA-256 digests
 * equals one kind's exactly: one changed byte, one added or missing file, and the sandbox is required. The manifest
 * holds digests only, so it reveals nothing of a solution.
 */
public final class TrustedSources {

    /** The manifest's name, beside an exercise's jars in the course bundle. */
    public static final String FILE = "trusted-sources.sha256";
    private static final List<String> KINDS = List.of("solution", "stub");

    private TrustedSources() {
    }

    /**
     * Whether {@code sources} (a directory of {@code .java} files) holds exactly the files of one kind of
     * {@code manifest}; false if the manifest does not exist.
     */
    public static boolean trusts(Path manifest, Path sources) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        Map<String, String> submitted = digests(sources);
        Map<String, Map<String, String>> kinds = new TreeMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String[] fields = line.split(" ", 3);
            if (fields.length == 3) {
                kinds.computeIfAbsent(fields[0], kind -> new TreeMap<>()).put(fields[2], fields[1]);
            }
        }
        return kinds.values().stream().anyMatch(submitted::equals);
    }

    /**
     * Writes the manifest of each exercise in {@code bundleExercises} ({@code <id>/}) from the repository's
     * {@code solutions/<id>} and {@code exercises/<id>}; the build's step, before the grader's tests.
     */
    public static void write(Path repository, Path bundleExercises) throws IOException {
        try (Stream<Path> exercises = Files.list(bundleExercises)) {
            for (Path exercise : exercises.filter(Files::isDirectory).sorted().toList()) {
                String id = exercise.getFileName().toString();
                List<String> lines = new ArrayList<>();
                for (String kind : KINDS) {
                    Path tree = repository.resolve(kind.equals("solution") ? "solutions" : "exercises")
                            .resolve(id).resolve("src/main/java");
                    digests(tree).forEach((path, digest) -> lines.add(kind + " " + digest + " " + path));
                }
                Files.write(exercise.resolve(FILE), lines, StandardCharsets.UTF_8);
            }
        }
    }

    /** Usage: {@code TrustedSources REPOSITORY BUNDLE_EXERCISES}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TrustedSources REPOSITORY BUNDLE_EXERCISES");
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    // Every regular file below tree, by its path relative to tree (with '/'), with its SHA-256; a link anywhere
    // makes the tree untrusted (an entry no manifest has).
    private static Map<String, String> digests(Path tree) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        if (!Files.isDirectory(tree, LinkOption.NOFOLLOW_LINKS)) {
            return digests;
        }
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String relative = tree.relativize(file).toString().replace('\\', '/');
                digests.put(relative, Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? sha256(file)
                        : "link");
            }
        }
        return digests;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
