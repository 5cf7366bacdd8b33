package org.dlcourse.grader.batch;

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
import java.util.stream.Stream;
import org.dlcourse.grader.SubmissionUnusableException;

/**
 * Where in a student's directory the exercise modules are, and the hash of what the grader reads there.
 *
 * <p>A submission may be laid out like {@code exercises/} itself, be a clone of the released handout (the modules
 * under {@code exercises/}), or either of these inside one wrapping folder (as a zip downloaded from a Git host
 * is).
 */
public final class SubmissionTree {

    private SubmissionTree() {
    }

    /**
     * The directory holding the exercise modules ({@code <id>/src/main/java}) of {@code exerciseIds}: {@code root},
     * {@code root/exercises}, or the same under {@code root}'s only sub-directory; {@code root} itself if none
     * holds a module (the grader then reports the submission unusable). Links are never followed: a symbolic link
     * where a candidate would be makes the submission unusable; one below the modules makes its exercise missing
     * when graded ({@link org.dlcourse.grader.workspace.WorkspaceStage}).
     *
     * @throws SubmissionUnusableException if a candidate directory is a symbolic link
     */
    public static Path modules(Path root, List<String> exerciseIds) throws IOException {
        List<Path> candidates = new ArrayList<>(List.of(root, root.resolve("exercises")));
        List<Path> children;
        try (Stream<Path> list = Files.list(root)) {
            children = list.filter(Files::isDirectory)
                    .filter(child -> !child.getFileName().toString().startsWith(".")).toList();
        }
        if (children.size() == 1) {
            candidates.add(children.get(0));
            candidates.add(children.get(0).resolve("exercises"));
        }
        for (Path candidate : candidates) {
            // A link here would carry the whole submission elsewhere, past the grading's own check of the modules.
            if (!candidate.equals(root) && Files.isSymbolicLink(candidate)) {
                throw new SubmissionUnusableException(root.relativize(candidate).toString().replace('\\', '/')
                        + " is a symbolic link; submit real files");
            }
            for (String id : exerciseIds) {
                if (Files.isDirectory(candidate.resolve(id).resolve("src/main/java"))) {
                    return candidate;
                }
            }
        }
        return root;
    }

    /**
     * SHA-256 over exactly what the grader reads: the path and bytes of every file under {@code <id>/src/main/java}
     * of {@code modules}, in path order, a symbolic link by its target's name. Students' tests, build files and notes do not change it, so editing a
     * README does not make a resumed batch grade again.
     */
    public static String contentHash(Path modules, List<String> exerciseIds) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
        for (String id : exerciseIds.stream().sorted().toList()) {
            Path sources = modules.resolve(id).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sources)) {
                files = walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || Files.isSymbolicLink(file)).sorted().toList();
            }
            for (Path file : files) {
                String relative = modules.relativize(file).toString().replace('\\', '/');
                digest.update(relative.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                // A link counts by where it points, never by what it points to, which is not the student's.
                byte[] bytes = Files.isSymbolicLink(file)
                        ? ("link:" + Files.readSymbolicLink(file)).getBytes(StandardCharsets.UTF_8)
                        : Files.readAllBytes(file);
                digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
