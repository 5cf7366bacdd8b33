package org.dlcourse.grader.execute;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dlcourse.grader.runner.ForkedTestRunner;
import org.dlcourse.grader.sandbox.HostFiles;
import org.dlcourse.kit.backend.BackendUnavailableException;

/**
 * ND4J's native libraries, loaded once and extracted by JavaCPP into its cache before any test JVM needs them: a
 * sandbox mounts the cache read-only, so it must be complete beforehand (a first extraction takes ~400 MB and
 * seconds), and a backend that does not load on this machine must stop grading before any student's test fails on it.
 *
 * <p>The extraction runs the test JVM's runner outside the sandbox with no request: it loads the backend and exits.
 * That is the course's code only, never a student's. A marker file per classpath and backend records a success, so
 * that later gradings skip the JVM.
 */
final class NativeLibraries {

    private static final long EXTRACTION_SECONDS = 300;

    private NativeLibraries() {
    }

    /**
     * Makes sure {@code backend} loads from {@code classpath} and JavaCPP's cache holds its native libraries.
     *
     * @throws BackendUnavailableException if the backend does not load on this machine, with the runner's reason
     */
    static synchronized void extract(List<Path> classpath, String backend) throws IOException {
        if (backend.equals(ForkedTestRunner.NO_BACKEND)) {
            return;
        }
        Path cache = HostFiles.javaCppCache();
        Path marker = cache.resolve(".dlcourse-extracted-" + fingerprint(classpath, backend));
        if (Files.exists(marker)) {
            return;
        }
        Files.createDirectories(cache);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-D" + HostFiles.JAVACPP_CACHE_PROPERTY + "=" + cache,
                "-cp", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()),
                ForkedTestRunner.class.getName(), backend);
        Path output = Files.createTempFile("dlcourse-backend-", ".log");
        try {
            load(command, output, backend, marker);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void load(List<String> command, Path output, String backend, Path marker) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            if (!process.waitFor(EXTRACTION_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("extracting ND4J's native libraries took over " + EXTRACTION_SECONDS + " s");
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting ND4J's native libraries", interrupted);
        }
        // No request: the runner loaded the backend and exits with NO_REQUEST, or says why it could not.
        if (process.exitValue() == ForkedTestRunner.BACKEND_UNAVAILABLE) {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            throw new BackendUnavailableException("nothing graded: " + (lines.isEmpty()
                    ? "the " + backend + " backend does not load on this machine" : lines.get(lines.size() - 1)),
                    null);
        }
        if (process.exitValue() == ForkedTestRunner.NO_REQUEST) {
            Files.writeString(marker, backend + "\n", StandardCharsets.UTF_8);
        }
    }

    private static String fingerprint(List<Path> classpath, String backend) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path entry : classpath) {
                digest.update((entry.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            digest.update(backend.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
