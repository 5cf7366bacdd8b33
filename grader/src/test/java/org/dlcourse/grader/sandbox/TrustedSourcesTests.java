package org.dlcourse.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course's own sources are recognised byte for byte, and nothing else is. */
class TrustedSourcesTests {

    @TempDir
    Path repository;

    @TempDir
    Path bundle;

    @TempDir
    Path copy;

    private Path manifest;

    @BeforeEach
    void writeACourseAndItsManifest() throws IOException {
        write(repository.resolve("solutions/01-x/src/main/java/org/x/A.java"), "class A { int f() { return 1; } }");
        write(repository.resolve("solutions/01-x/src/main/java/org/x/B.java"), "class B { }");
        write(repository.resolve("exercises/01-x/src/main/java/org/x/A.java"), "class A { int f() { throw null; } }");
        write(repository.resolve("exercises/01-x/src/main/java/org/x/B.java"), "class B { }");
        Files.createDirectories(bundle.resolve("01-x"));
        TrustedSources.write(repository, bundle);
        manifest = bundle.resolve("01-x").resolve(TrustedSources.FILE);
    }

    @Test
    void theSolutionAndTheStubAreTrusted() throws IOException {
        assertThat(TrustedSources.trusts(manifest, repository.resolve("solutions/01-x/src/main/java"))).isTrue();
        assertThat(TrustedSources.trusts(manifest, repository.resolve("exercises/01-x/src/main/java"))).isTrue();
    }

    @Test
    void oneChangedByteIsNotTrusted() throws IOException {
        copySolution();
        write(copy.resolve("org/x/A.java"), "class A { int f() { return 2; } }");

        assertThat(TrustedSources.trusts(manifest, copy)).isFalse();
    }

    @Test
    void anAddedOrAMissingFileIsNotTrusted() throws IOException {
        copySolution();
        write(copy.resolve("org/x/Extra.java"), "class Extra { }");
        assertThat(TrustedSources.trusts(manifest, copy)).isFalse();

        Files.delete(copy.resolve("org/x/Extra.java"));
        assertThat(TrustedSources.trusts(manifest, copy)).isTrue();
        Files.delete(copy.resolve("org/x/B.java"));
        assertThat(TrustedSources.trusts(manifest, copy)).isFalse();
    }

    @Test
    void aMixOfSolutionAndStubFilesIsNotTrusted() throws IOException {
        copySolution();
        Files.copy(repository.resolve("exercises/01-x/src/main/java/org/x/A.java"), copy.resolve("org/x/A.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        write(copy.resolve("org/x/B.java"), "class B { }");

        assertThat(TrustedSources.trusts(manifest, copy)).as("the stub itself").isTrue();
        write(repository.resolve("solutions/01-x/src/main/java/org/x/B.java"), "class B { int g; }");
        TrustedSources.write(repository, bundle);
        write(copy.resolve("org/x/B.java"), "class B { int g; }");
        assertThat(TrustedSources.trusts(manifest, copy)).as("the stub's A with the solution's B").isFalse();
    }

    @Test
    void aLinkIsNotTrustedEvenToATrustedFile() throws IOException {
        copySolution();
        Files.delete(copy.resolve("org/x/B.java"));
        Files.createSymbolicLink(copy.resolve("org/x/B.java"),
                repository.resolve("solutions/01-x/src/main/java/org/x/B.java"));

        assertThat(TrustedSources.trusts(manifest, copy)).isFalse();
    }

    @Test
    void withoutAManifestNothingIsTrusted() throws IOException {
        assertThat(TrustedSources.trusts(bundle.resolve("none"), repository.resolve("solutions/01-x/src/main/java")))
                .isFalse();
    }

    private void copySolution() throws IOException {
        write(copy.resolve("org/x/A.java"), "class A { int f() { return 1; } }");
        write(copy.resolve("org/x/B.java"), "class B { }");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
