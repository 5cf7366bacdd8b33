package org.dlcourse.grader.cli;

import java.nio.file.Path;
import org.dlcourse.grader.course.Course;
import picocli.CommandLine.Option;

/** The {@code --course} option of the commands that need the course bundle. */
final class CourseOption {

    @Option(names = "--course", paramLabel = "DIR",
            description = "The course bundle to grade against (default: course/ beside the grader's jar, i.e."
                    + " grader/target/course).")
    private Path directory;

    /** Loads the course bundle. */
    Course load() {
        return Course.load(directory != null ? directory : Course.defaultLocation());
    }
}
