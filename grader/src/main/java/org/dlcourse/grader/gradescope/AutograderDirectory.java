package org.dlcourse.grader.gradescope;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Gradescope's autograder directory: the student's upload in {@code submission/}, the results Gradescope reads in
 * {@code results/results.json}, as its "Autograder Specifications" lay them out
 * (https://gradescope-autograders.readthedocs.io/en/latest/specs/, "File hierarchy").
 *
 * @param root {@code /autograder} on Gradescope; a directory laid out the same way anywhere else
 */
public record AutograderDirectory(Path root) {

    /** Where Gradescope's autograder directory is. */
    public static final Path GRADESCOPE_ROOT = Path.of("/autograder");

    /** Requires a root. */
    public AutograderDirectory {
        Objects.requireNonNull(root, "root");
    }

    /** The student's upload, as Gradescope unpacked it. */
    public Path submission() {
        return root.resolve("submission");
    }

    /** The file Gradescope reads the results from. */
    public Path results() {
        return root.resolve("results").resolve("results.json");
    }
}
