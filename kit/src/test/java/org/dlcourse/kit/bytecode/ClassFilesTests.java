package org.dlcourse.kit.bytecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.dlcourse.kit.bytecode.fixtures.CallsSoftmax;
import org.dlcourse.kit.bytecode.fixtures.UsesNn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassFilesTests {

    @TempDir
    Path directory;

    /** Only here to give this test class a nest with an anonymous member. */
    private static final Supplier<String> ANONYMOUS = new Supplier<>() {
        @Override
        public String get() {
            return "anonymous";
        }
    };

    @Test
    void bytesOfIsTheClassFileOnTheClasspath() throws IOException, URISyntaxException {
        Path testClasses = Path.of(CallsSoftmax.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path file = testClasses.resolve("org/dlcourse/kit/bytecode/fixtures/CallsSoftmax.class");
        assertThat(ClassFiles.bytesOf(CallsSoftmax.class)).isEqualTo(Files.readAllBytes(file));
        assertThat(ClassFiles.bytesOf(String.class)).startsWith(0xCA, 0xFE, 0xBA, 0xBE);
    }

    @Test
    void bytesOfRejectsClassesWithoutAClassFile() {
        assertThatThrownBy(() -> ClassFiles.bytesOf(int[].class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassFiles.bytesOf(int.class)).isInstanceOf(IllegalArgumentException.class);
        Runnable lambda = () -> { };
        assertThatThrownBy(() -> ClassFiles.bytesOf(lambda.getClass())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNestIncludesNestedAndAnonymousClasses() {
        Map<String, byte[]> nest = ClassFiles.bytesOfNest(ClassFilesTests.class);
        assertThat(nest).containsKeys(ClassFilesTests.class.getName(), ANONYMOUS.getClass().getName());
        assertThat(ClassFiles.bytesOfNest(ANONYMOUS.getClass()).keySet()).isEqualTo(nest.keySet());
        assertThat(ClassFiles.bytesOfNest(UsesNn.class)).containsOnlyKeys(UsesNn.class.getName());
    }

    @Test
    void readAllNamesClassFilesByBinaryNameAndIgnoresOtherFiles() throws IOException {
        byte[] softmax = ClassFiles.bytesOf(CallsSoftmax.class);
        byte[] anonymous = ClassFiles.bytesOf(ANONYMOUS.getClass());
        Files.createDirectories(directory.resolve("a/b"));
        Files.write(directory.resolve("a/b/CallsSoftmax.class"), softmax);
        Files.write(directory.resolve("a/Outer$1.class"), anonymous);
        Files.writeString(directory.resolve("a/b/notes.txt"), "not a class");
        Map<String, byte[]> classes = ClassFiles.readAll(directory);
        assertThat(classes.keySet()).containsExactly("a.Outer$1", "a.b.CallsSoftmax");
        assertThat(classes.get("a.b.CallsSoftmax")).isEqualTo(softmax);
        assertThat(classes.get("a.Outer$1")).isEqualTo(anonymous);
    }

    @Test
    void readAllReadsAJarLikeADirectory() throws IOException {
        byte[] softmax = ClassFiles.bytesOf(CallsSoftmax.class);
        Path jar = directory.resolve("student.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("a/b/CallsSoftmax.class"));
            out.write(softmax);
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/dlcourse/exercise.json"));
            out.write("{}".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Map<String, byte[]> classes = ClassFiles.readAll(jar);
        assertThat(classes.keySet()).containsExactly("a.b.CallsSoftmax");
        assertThat(classes.get("a.b.CallsSoftmax")).isEqualTo(softmax);
    }

    @Test
    void readAllFindsTheFixturesInTheRealOutputDirectory() throws Exception {
        Path testClasses = Path.of(CallsSoftmax.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, byte[]> classes = ClassFiles.readAll(testClasses);
        assertThat(classes).containsKeys(CallsSoftmax.class.getName(), UsesNn.class.getName(),
                ClassFilesTests.class.getName());
        assertThat(classes.get(UsesNn.class.getName())).isEqualTo(ClassFiles.bytesOf(UsesNn.class));
    }

    @Test
    void readAllFailsOnAMissingDirectoryOrAFile() throws IOException {
        assertThatThrownBy(() -> ClassFiles.readAll(directory.resolve("missing")))
                .isInstanceOf(NoSuchFileException.class);
        Path file = Files.writeString(directory.resolve("file.class"), "x");
        assertThatThrownBy(() -> ClassFiles.readAll(file)).isInstanceOf(NotDirectoryException.class);
    }
}
