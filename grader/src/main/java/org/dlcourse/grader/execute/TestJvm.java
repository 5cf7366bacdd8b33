package org.dlcourse.grader.execute;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dlcourse.grader.course.Limits;
import org.dlcourse.grader.pipeline.RunSettings;
import org.dlcourse.grader.runner.ForkedTestRunner;
import org.dlcourse.grader.runner.RunRequest;
import org.dlcourse.grader.sandbox.Confinement;
import org.dlcourse.grader.sandbox.HostFiles;
import org.dlcourse.grader.sandbox.Sandbox;
import org.dlcourse.kit.data.FashionMnistLocator;

/** One forked test JVM: started with its limits, fed its request, its output drained, killed with its children. */
final class TestJvm implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MEGABYTE = 1024L * 1024L;
    /** Beyond heap and off-heap, room for metaspace, thread stacks, code cache and the native libraries. */
    private static final long NATIVE_OVERHEAD_MEGABYTES = 1024;

    private final Process process;
    private final CappedOutput stdout;
    private final CappedOutput stderr;

    private TestJvm(Process process) {
        this.process = process;
        this.stdout = CappedOutput.drain(process.getInputStream(), "test-jvm-stdout-" + process.pid());
        this.stderr = CappedOutput.drain(process.getErrorStream(), "test-jvm-stderr-" + process.pid());
    }

    /**
     * Starts a JVM running {@link ForkedTestRunner}, which loads {@code backend} and then waits for its requests
     * ({@link #send}).
     *
     * @param classpath the runner's classes and the course classpath; the runner loads each exercise's tests and
     *     student classes itself
     * @param settings the run's seed and the counterexamples it replays alone
     * @param backend {@code cpu}, {@code cuda}, or {@link ForkedTestRunner#NO_BACKEND}
     * @param argumentFile where to write the classpath for the {@code java @file} syntax, outside
     *     {@code workingDirectory}
     * @param sandbox what confines the JVM, to {@code confinement}: it must let the JVM read {@code classpath} and
     *     the tests and classes its requests name, and write {@code workingDirectory} and the results files
     * @param fashionMnist Fashion-MNIST's directory, if the grader located it for the JVM's exercises
     */
    static TestJvm launch(List<Path> classpath, Limits limits, RunSettings settings, String backend,
                          Path workingDirectory, Path argumentFile, Sandbox sandbox, Confinement confinement,
                          Optional<Path> fashionMnist)
            throws IOException {
        Files.writeString(argumentFile, "-cp " + quoted(classpath.stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator))) + "\n", StandardCharsets.UTF_8);
        Path temporary = Files.createDirectories(workingDirectory.resolve("tmp"));
        List<String> command = command(limits, settings.seed(), settings.replays(), temporary, argumentFile);
        // The data set the grader located, given by its directory: the kit then reads exactly that one.
        fashionMnist.ifPresent(directory -> command.add(command.size() - 2,
                "-D" + FashionMnistLocator.SYSTEM_PROPERTY + "=" + directory));
        command.add(backend);
        ProcessBuilder builder = new ProcessBuilder(sandbox.confine(confinement, command))
                .directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment().putAll(JvmEnvironment.of(System.getenv(), temporary));
        return new TestJvm(builder.start());
    }

    /** Sends the JVM its requests, one per exercise, which starts the tests. */
    void send(List<RunRequest> requests) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(JSON.writeValueAsBytes(requests));
        } catch (IOException died) {
            // The JVM ended before reading its request; its exit and output tell why.
        }
    }

    /**
     * The command line: limits, a fixed locale and time zone, the seed, the counterexamples to replay alone (one
     * per line of {@code -Ddlcourse.replay}), and the runner, without its argument.
     */
    static List<String> command(Limits limits, Long seed, List<String> replays, Path temporary, Path argumentFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + limits.heapMegabytes() + "m");
        // An out-of-memory error ends the JVM at once, so the grader sees a crash of the running test rather than
        // a JVM limping on with corrupted state.
        command.add("-XX:+ExitOnOutOfMemoryError");
        // A JVM that student code crashes (native code, say) must not leave a core dump of gigabytes behind.
        command.add("-XX:-CreateCoredumpOnCrash");
        // Tests are short and their heavy lifting is ND4J's native code: with the C1 compiler only and the serial
        // collector, no JIT or GC threads compete for the cores; exercise 01's tests run ~25 % faster on 2 cores.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Dorg.bytedeco.javacpp.maxbytes=" + limits.offHeapMegabytes() * MEGABYTE);
        command.add("-Dorg.bytedeco.javacpp.maxphysicalbytes="
                + (limits.heapMegabytes() + limits.offHeapMegabytes() + NATIVE_OVERHEAD_MEGABYTES) * MEGABYTE);
        command.add("-Djava.io.tmpdir=" + temporary);
        // Inside a sandbox the JVM's user has no home of its own: the grader's, where JavaCPP's native libraries and
        // the data cache are mounted read-only, and JavaCPP reads the libraries the grader extracted beforehand.
        command.add("-Duser.home=" + System.getProperty("user.home"));
        command.add("-D" + HostFiles.JAVACPP_CACHE_PROPERTY + "=" + HostFiles.javaCppCache());
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Duser.language=en");
        command.add("-Duser.country=US");
        command.add("-Duser.timezone=UTC");
        if (seed != null) {
            command.add("-Ddlcourse.seed=" + seed);
        }
        if (!replays.isEmpty()) {
            command.add("-Ddlcourse.replay=" + String.join("\n", replays));
        }
        command.add("@" + argumentFile);
        command.add(ForkedTestRunner.class.getName());
        return command;
    }

    // The java @file syntax: a quoted argument, with backslashes and quotes escaped.
    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Waits up to {@code millis} for the JVM to exit; whether it has. */
    boolean waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /** The exit code; only once the JVM has exited. */
    int exitCode() {
        return process.exitValue();
    }

    /** Kills the JVM and every process it started, and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /**
     * The last line the JVM wrote to standard error, or else to standard output (where HotSpot reports
     * {@code -XX:+ExitOnOutOfMemoryError}): usually why it died; empty if none. Only once it has exited.
     */
    String lastWords() throws InterruptedException {
        stderr.await(2000);
        stdout.await(2000);
        String error = stderr.lastLine();
        return error.isEmpty() ? stdout.lastLine() : error;
    }

    /** Keeps the captured output in {@code directory} as {@code stdout-<fork>.log} and {@code stderr-<fork>.log}. */
    void keepOutput(Path directory, int fork) throws InterruptedException {
        stdout.await(2000);
        stderr.await(2000);
        stdout.writeTo(directory.resolve("stdout-" + fork + ".log"));
        stderr.writeTo(directory.resolve("stderr-" + fork + ".log"));
    }

    /** Kills the JVM if it is still running; an interrupt while waiting for it is kept for the caller. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
