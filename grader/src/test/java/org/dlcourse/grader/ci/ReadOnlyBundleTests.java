package org.dlcourse.grader.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.course.TestDiscovery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI bundle runs from a read-only install as a user who owns nothing of it, as the Kubernetes templates run it
 * ({@code runAsUser: 1000}, the image's files owned by root): {@code make-grader-bundle.sh} packs this build, the
 * bundle is unpacked, made read-only, and its launcher runs as uid 1000 (as root, through {@code setpriv}; as any
 * other user, the read-only directory alone shows that nothing is written into it).
 */
class ReadOnlyBundleTests {

    private static final int OTHER_UID = 1000;

    @TempDir
    Path temporary;

    @Test
    void theBundleRunsFromAReadOnlyInstallAsAnotherUser() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(!root || Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "running as root, the test needs setpriv (util-linux) to run the launcher as uid " + OTHER_UID);
        // Everything the other user must reach: the temporary directory is the test process's own (mode 700).
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path install = temporary.resolve("opt");
        Files.createDirectories(install);
        run(List.of("tar", "-xzf", bundle().toString(), "-C", install.toString()), null);
        run(List.of("chmod", "-R", "a-w,a+rX", install.toString()), null);
        Path home = Files.createDirectories(temporary.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));

        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=" + OTHER_UID, "--regid=" + OTHER_UID,
                    "--clear-groups"));
        }
        command.addAll(List.of("env", "HOME=" + home, "JAVA_HOME=" + System.getProperty("java.home"),
                install.resolve("dlcourse-grader/bin/grader").toString(), "list"));
        String listing = run(command, home);

        assertThat(listing).contains("01-softmax", "08-equivariance");
        try (Stream<Path> files = Files.walk(install)) {
            assertThat(files.filter(file -> !Files.isDirectory(file))
                    .filter(file -> file.getFileName().toString().equals("runtime.classpath")).toList())
                    .singleElement().satisfies(file -> assertThat(Files.readString(file)).startsWith("../lib/"));
        }
    }

    /**
     * The bundle {@code make-grader-bundle.sh} makes of this build, run from a copy of the script beside a
     * {@code target} holding the course bundle and the grader's jar, made here from its classes: the test phase
     * comes before Maven packages the jar.
     */
    private Path bundle() throws IOException, InterruptedException {
        Path grader = temporary.resolve("build/grader");
        Path script = grader.resolve("ci/make-grader-bundle.sh");
        Files.createDirectories(script.getParent());
        Files.copy(Fixtures.repository().resolve("grader/ci/make-grader-bundle.sh"), script);
        Path target = Files.createDirectories(grader.resolve("target"));
        Fixtures.copyTree(Fixtures.realBundle(), target.resolve("course"));
        jar(TestDiscovery.runnerClasses(), target.resolve("dlcourse-grader.jar"));
        Path bundle = temporary.resolve("dlcourse-grader-bundle.tar.gz");
        run(List.of("bash", script.toString(), bundle.toString()), null);
        return bundle;
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }

    private String run(List<String> command, Path directory) throws IOException, InterruptedException {
        Path output = Files.createTempFile(temporary, "output-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s ended", command).isTrue();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s: %s", command, text).isZero();
        return text;
    }
}
