package org.dlcourse.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dlcourse.grader.SubmissionUnusableException;

/**
 * The submissions of a class: each sub-directory or {@code .zip} file directly under one directory. A directory is
 * a directory whatever its name: {@code frank.zip/} is student {@code frank.zip}'s directory, never unpacked.
 */
public final class ClassDirectory {

    private ClassDirectory() {
    }

    /**
     * The submissions under {@code directory}, ordered by student id. Hidden entries (a leading dot) and other
     * files are ignored.
     *
     * @throws SubmissionUnusableException if {@code directory} is not a directory, or two entries name the same
     *     student ({@code alice/} and {@code alice.zip})
     */
    public static List<Submission> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new SubmissionUnusableException("class directory not found: " + directory + " is not a directory");
        }
        Map<String, Submission> byStudent = new HashMap<>();
        try (Stream<Path> children = Files.list(directory)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                String student;
                if (Files.isDirectory(child)) {
                    student = name;
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip") && Files.isRegularFile(child)) {
                    student = name.substring(0, name.length() - ".zip".length());
                } else {
                    continue;
                }
                Submission previous = byStudent.put(student, new Submission(student, child));
                if (previous != null) {
                    throw new SubmissionUnusableException("two submissions for student '" + student + "': "
                            + previous.source().getFileName() + " and " + name);
                }
            }
        }
        List<Submission> submissions = new ArrayList<>(byStudent.values());
        submissions.sort(Comparator.comparing(Submission::student));
        return submissions;
    }
}
