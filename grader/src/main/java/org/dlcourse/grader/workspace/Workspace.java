package org.dlcourse.grader.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** A fresh temporary directory for one grading run, with one subdirectory per exercise; deleted on close. */
public final class Workspace implements AutoCloseable {

    private final Path root;

    private Workspace(Path root) {
        this.root = root;
    }

    /** Creates an empty workspace in the system's temporary directory. */
    public static Workspace create() throws IOException {
        return new Workspace(Files.createTempDirectory("dlcourse-grade-"));
    }

    /** The workspace's root directory. */
    public Path root() {
        return root;
    }

    /** A new, empty directory for exercise {@code id}. */
    public Path exerciseDirectory(String id) throws IOException {
        return Files.createDirectory(root.resolve(id));
    }

    /** Deletes the workspace and everything in it; links are deleted, never followed. */
    @Override
    public void close() {
        try {
            deleteTree(root);
        } catch (IOException undeletable) {
            throw new UncheckedIOException("cannot delete the workspace " + root, undeletable);
        }
    }

    /** Deletes {@code directory} and everything below it, if it exists. */
    public static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
