package org.dlcourse.grader.gradescope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dlcourse.grader.SubmissionUnusableException;
import org.dlcourse.grader.batch.SafeUnzip;
import org.dlcourse.grader.batch.SubmissionTree;

/**
 * Where the exercise modules are in what a student uploaded to Gradescope. Accepted, as the instructor guide lists
 * them: a clone of the handout (its {@code exercises/} folder, also through GitHub or a zip of the clone), a zip of
 * {@code exercises/} or of its contents, and the exercise folders themselves ({@code 01-softmax/src/main/java/...});
 * each of these may sit in one wrapping folder. Only {@code <id>/src/main/java} is ever read.
 */
public final class GradescopeSubmission {

    /** What the student reads when nothing is found: the layouts that work. */
    public static final String LAYOUTS = "Upload the handout as you cloned it (with its exercises/ folder), a zip of"
            + " exercises/ or of what it holds, or the exercise folders themselves (for example 01-softmax/ with"
            + " src/main/java inside). Only <exercise>/src/main/java is graded.";

    private GradescopeSubmission() {
    }

    /**
     * The directory holding the modules of {@code exerciseIds} in {@code submission}: found as {@code batch} finds
     * them ({@link SubmissionTree#modules}), else in the upload's only zip file, unpacked safely into the empty
     * directory {@code scratch} ({@link SafeUnzip}).
     *
     * @throws SubmissionUnusableException if there is no upload, several zip files and no modules, or no module of
     *     {@code exerciseIds} anywhere
     */
    public static Path modules(Path submission, List<String> exerciseIds, Path scratch) throws IOException {
        if (!Files.isDirectory(submission, LinkOption.NOFOLLOW_LINKS)) {
            throw new SubmissionUnusableException("nothing was uploaded");
        }
        Path modules = SubmissionTree.modules(submission, exerciseIds);
        if (holdsAny(modules, exerciseIds)) {
            return modules;
        }
        List<Path> zips;
        try (Stream<Path> files = Files.list(submission)) {
            zips = files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                    .sorted().toList();
        }
        if (zips.size() > 1) {
            throw new SubmissionUnusableException("several zip files were uploaded ("
                    + String.join(", ", zips.stream().map(zip -> zip.getFileName().toString()).toList())
                    + "); upload one");
        }
        if (zips.size() == 1) {
            SafeUnzip.unpack(zips.get(0), scratch);
            modules = SubmissionTree.modules(scratch, exerciseIds);
            if (holdsAny(modules, exerciseIds)) {
                return modules;
            }
        }
        throw new SubmissionUnusableException("no exercise folder found" + (zips.isEmpty() ? "" : " in "
                + zips.get(0).getFileName()) + ": expected " + String.join(" or ",
                exerciseIds.stream().map(id -> id + "/src/main/java").toList()));
    }

    private static boolean holdsAny(Path modules, List<String> exerciseIds) {
        return exerciseIds.stream().anyMatch(id -> Files.isDirectory(modules.resolve(id).resolve("src/main/java")));
    }
}
