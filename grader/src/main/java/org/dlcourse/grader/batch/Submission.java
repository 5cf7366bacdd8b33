package org.dlcourse.grader.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One student's submission as found in the class directory.
 *
 * @param student the student's id: the sub-directory's name, or the zip's name without {@code .zip}
 * @param source the sub-directory or the zip file
 */
public record Submission(String student, Path source) {

    /** Checks the components. */
    public Submission {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(source, "source");
        if (student.isBlank()) {
            throw new IllegalArgumentException("a student id cannot be blank: " + source);
        }
    }

    /**
     * Whether the submission is a zip file that must be unpacked before grading: a file, which the class directory
     * lists only when its name ends in {@code .zip}; a directory is a directory, whatever its name.
     */
    public boolean zipped() {
        return Files.isRegularFile(source);
    }
}
