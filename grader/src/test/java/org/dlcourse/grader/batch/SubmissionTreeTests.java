package org.dlcourse.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dlcourse.grader.SubmissionUnusableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacking students' zips safely, finding their exercise modules without following links, and hashing what the
 * grader reads.
 */
class SubmissionTreeTests {

    private static final List<String> IDS = List.of("90-arith", "91-strings");
    private static final String SOURCE = "90-arith/src/main/java/org/dlcourse/fixture/arith/Arith.java";

    @TempDir
    Path temporary;

    /** Writes a zip with {@code entries} (name to content) and returns it. */
    static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void entriesThatLeaveTheTargetAreRejectedAndNothingIsWrittenOutsideIt() throws IOException {
        for (String evil : new String[] {"../evil.txt", "a/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt",
                "..\\evil.txt"}) {
            Path target = Files.createDirectories(temporary.resolve("target-" + Math.abs(evil.hashCode())));
            Path zip = zip(temporary.resolve("evil.zip"), Map.of(evil, "pwned"));
            assertThatThrownBy(() -> SafeUnzip.unpack(zip, target)).as(evil)
                    .isInstanceOf(SubmissionUnusableException.class).hasMessageContaining(evil);
            assertThat(temporary.resolve("evil.txt")).doesNotExist();
        }
    }

    @Test
    void aZipWrappedInOneFolderIsFoundBesideAHandoutClone() throws IOException {
        Path zip = zip(temporary.resolve("bob.zip"), Map.of("bob-main/exercises/" + SOURCE, "class Arith {}",
                "bob-main/README.md", "notes"));
        Path target = Files.createDirectories(temporary.resolve("bob"));
        SafeUnzip.unpack(zip, target);

        assertThat(SubmissionTree.modules(target, IDS)).isEqualTo(target.resolve("bob-main/exercises"));
    }

    @Test
    void theHashChangesWithTheSourcesOnlyNotWithNotesOrTests() throws IOException {
        Path root = temporary.resolve("alice");
        write(root.resolve(SOURCE), "class Arith { int a; }");
        String before = SubmissionTree.contentHash(root, IDS);

        write(root.resolve("README.md"), "my notes");
        write(root.resolve("90-arith/src/test/java/MyTests.java"), "class MyTests {}");
        assertThat(SubmissionTree.contentHash(root, IDS)).isEqualTo(before);

        write(root.resolve(SOURCE), "class Arith { int b; }");
        assertThat(SubmissionTree.contentHash(root, IDS)).isNotEqualTo(before);
    }

    @Test
    void aLinkWhereTheModulesWouldBeMakesTheSubmissionUnusable() throws IOException {
        Path elsewhere = temporary.resolve("elsewhere");
        write(elsewhere.resolve(SOURCE), "class Arith {}");
        Path clone = Files.createDirectories(temporary.resolve("mallory"));
        Files.createSymbolicLink(clone.resolve("exercises"), elsewhere);

        assertThatThrownBy(() -> SubmissionTree.modules(clone, IDS)).isInstanceOf(SubmissionUnusableException.class)
                .hasMessage("exercises is a symbolic link; submit real files");

        Path wrapped = Files.createDirectories(temporary.resolve("trudy"));
        Files.createSymbolicLink(wrapped.resolve("trudy-main"), elsewhere);
        assertThatThrownBy(() -> SubmissionTree.modules(wrapped, IDS)).isInstanceOf(SubmissionUnusableException.class)
                .hasMessage("trudy-main is a symbolic link; submit real files");
    }

    @Test
    void theHashCountsALinkByWhereItPointsNeverByWhatItReads() throws IOException {
        Path target = temporary.resolve("outside.java");
        write(target, "class Outside { int a; }");
        Path root = temporary.resolve("alice");
        write(root.resolve(SOURCE), "class Arith {}");
        Files.createSymbolicLink(root.resolve(SOURCE).resolveSibling("Linked.java"), target);
        String before = SubmissionTree.contentHash(root, IDS);

        write(target, "class Outside { int b; }");

        assertThat(SubmissionTree.contentHash(root, IDS)).isEqualTo(before);
    }

    @Test
    void aDirectoryNamedLikeAZipIsADirectory() throws IOException {
        Path classDirectory = temporary.resolve("class");
        write(classDirectory.resolve("frank.zip").resolve(SOURCE), "class Arith {}");
        zip(classDirectory.resolve("grace.zip"), Map.of(SOURCE, "class Arith {}"));

        List<Submission> submissions = ClassDirectory.list(classDirectory);

        assertThat(submissions).extracting(Submission::student).containsExactly("frank.zip", "grace");
        assertThat(submissions).extracting(Submission::zipped).containsExactly(false, true);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
