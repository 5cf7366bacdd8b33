package org.dlcourse.grader.gradescope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dlcourse.grader.SubmissionUnusableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload layouts Gradescope may hand the grader, found without grading anything. */
class GradescopeSubmissionTests {

    private static final List<String> IDS = List.of("01-softmax", "02-sgd");
    private static final String SOURCE = "src/main/java/org/dlcourse/softmax/Softmax.java";

    @TempDir
    Path temporary;

    @Test
    void aZipOfAHandoutInsideAWrappingFolderIsFoundInTheUnpackedCopy() throws IOException {
        Path upload = Files.createDirectories(temporary.resolve("submission"));
        zip(upload.resolve("handout.zip"), "handout-main/exercises/01-softmax/" + SOURCE, "handout-main/README.md");
        Path scratch = Files.createDirectories(temporary.resolve("scratch"));

        Path modules = GradescopeSubmission.modules(upload, IDS, scratch);

        assertThat(modules).isEqualTo(scratch.resolve("handout-main/exercises"));
        assertThat(modules.resolve("01-softmax/" + SOURCE)).isRegularFile();
    }

    @Test
    void exerciseFoldersBesideAZipAreGradedAndTheZipIsNotOpened() throws IOException {
        Path upload = Files.createDirectories(temporary.resolve("submission"));
        Files.createDirectories(upload.resolve("02-sgd/src/main/java"));
        zip(upload.resolve("old.zip"), "01-softmax/" + SOURCE);
        Path scratch = Files.createDirectories(temporary.resolve("scratch"));

        assertThat(GradescopeSubmission.modules(upload, IDS, scratch)).isEqualTo(upload);
        try (var unpacked = Files.list(scratch)) {
            assertThat(unpacked).isEmpty();
        }
    }

    @Test
    void severalZipsWithoutExerciseFoldersAreUnusableNamingThem() throws IOException {
        Path upload = Files.createDirectories(temporary.resolve("submission"));
        zip(upload.resolve("a.zip"), "01-softmax/" + SOURCE);
        zip(upload.resolve("b.zip"), "01-softmax/" + SOURCE);

        assertThatThrownBy(() -> GradescopeSubmission.modules(upload, IDS, temporary))
                .isInstanceOf(SubmissionUnusableException.class)
                .hasMessage("several zip files were uploaded (a.zip, b.zip); upload one");
    }

    @Test
    void aZipWithoutExercisesIsUnusableNamingTheZipAndWhatWasExpected() throws IOException {
        Path upload = Files.createDirectories(temporary.resolve("submission"));
        zip(upload.resolve("work.zip"), "Softmax.java");
        Path scratch = Files.createDirectories(temporary.resolve("scratch"));

        assertThatThrownBy(() -> GradescopeSubmission.modules(upload, IDS, scratch))
                .isInstanceOf(SubmissionUnusableException.class)
                .hasMessage("no exercise folder found in work.zip: expected 01-softmax/src/main/java or"
                        + " 02-sgd/src/main/java");
    }

    private static void zip(Path zip, String... entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(("// " + entry + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
