package org.dlcourse.grader.compile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.dlcourse.grader.course.TestDiscovery;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;
import org.dlcourse.grader.sandbox.Confinement;
import org.dlcourse.grader.sandbox.HostFiles;
import org.dlcourse.grader.scoring.ExerciseStatus;

/**
 * Compiles the exercises' copied sources for Java 17 with debug information (the policy reports source lines), in a
 * JVM of the compiler's own ({@link CompilerProcess}) inside the grading's sandbox: with a heap of
 * {@value #HEAP_MEGABYTES} MiB, and a budget per exercise of at most {@value #BUDGET_SECONDS} s (less if the
 * exercise's whole budget is less). A compile error stops the exercise with the errors located as
 * {@code <id>/src/main/java/<path>:<line>}, the path the student knows; so does a source that is not valid UTF-8,
 * which javac would otherwise compile with its bad bytes silently replaced, and so does code that makes the compiler
 * overrun its time, run out of memory or crash: one concise error each, and the other exercises are compiled anyway
 * in a fresh compiler JVM.
 */
public final class CompileStage implements Stage {

    static final int HEAP_MEGABYTES = 512;
    static final int BUDGET_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Put after the compiler's last line; compared by identity, as no line read is this very object. */
    private static final String END = new String("end of the compiler's output");

    @Override
    public void run(ExerciseRun run) throws IOException, InterruptedException {
        runAll(List.of(run));
    }

    @Override
    public void runAll(List<ExerciseRun> runs) throws IOException, InterruptedException {
        if (ToolProvider.getSystemJavaCompiler() == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "); run the grader with a JDK, not a JRE");
        }
        Map<String, ExerciseRun> due = new LinkedHashMap<>();
        for (ExerciseRun run : runs) {
            if (run.stopStatus().isEmpty() && decodable(run)) {
                due.put(run.exercise().id(), run);
            }
        }
        while (!due.isEmpty()) {
            compileInOneJvm(due);
        }
    }

    // One compiler JVM for the exercises due, until it has finished them all or one of them made it fail; each
    // finished exercise leaves `due`, and so does the one that made it fail.
    private static void compileInOneJvm(Map<String, ExerciseRun> due) throws IOException, InterruptedException {
        List<ExerciseRun> runs = List.copyOf(due.values());
        ExerciseRun first = runs.get(0);
        List<String> command = command(first);
        Files.createDirectories(first.compilerDirectory());
        Process process = new ProcessBuilder(first.sandbox().confine(confinement(runs), command))
                .directory(first.compilerDirectory().toFile())
                .redirectError(first.resultsDirectory().resolve("compiler-stderr.log").toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        List<String> words = new ArrayList<>();
        Thread reader = readLines(process, lines);
        try {
            try (OutputStream in = process.getOutputStream()) {
                List<CompileJob> jobs = new ArrayList<>();
                for (ExerciseRun run : runs) {
                    jobs.add(job(run));
                }
                in.write(JSON.writeValueAsBytes(jobs));
            } catch (IOException died) {
                // The JVM ended before reading its jobs; its exit below tells why.
            }
            // Until a job says it started, the time counts against the next one due: a compiler JVM that never
            // gets going costs that exercise, not the grading.
            ExerciseRun current = first;
            Instant start = Instant.now();
            Instant deadline = start.plus(budget(first));
            while (true) {
                String line = lines.poll(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                        TimeUnit.MILLISECONDS);
                if (line == null) {
                    process.destroyForcibly();
                    stop(current, "the compiler did not finish within " + budget(current).toSeconds()
                            + " s; look for code that makes javac work very hard (huge constant expressions, deeply"
                            + " nested generics)", start);
                    due.remove(current.exercise().id());
                    return;
                }
                // The sentinel itself, not a line that reads the same.
                if (line == END) {
                    process.waitFor(10, TimeUnit.SECONDS);
                    stop(current, death(process, first, words), start);
                    due.remove(current.exercise().id());
                    return;
                }
                if (!line.startsWith("{")) {
                    // HotSpot's own words (its out-of-memory exit is reported on standard output).
                    words.add(line);
                    continue;
                }
                CompileReport report = JSON.readValue(line, CompileReport.class);
                ExerciseRun run = due.get(report.id());
                if (!report.finished()) {
                    current = run;
                    start = Instant.now();
                    deadline = start.plus(budget(run));
                    continue;
                }
                record(run, report);
                run.spend(Duration.between(start, Instant.now()));
                due.remove(report.id());
                if (due.isEmpty()) {
                    return;
                }
                current = due.values().iterator().next();
                start = Instant.now();
                deadline = start.plus(budget(current));
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            reader.join(1000);
        }
    }

    private static List<String> command(ExerciseRun run) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + HEAP_MEGABYTES + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:-CreateCoredumpOnCrash");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.io.tmpdir=" + run.compilerDirectory());
        command.add("-Duser.language=en");
        command.add("-Duser.country=US");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath(run).stream().map(Path::toString).toList()));
        command.add(CompilerProcess.class.getName());
        return command;
    }

    // The compiler's own classes (this grader's) and the course classpath the sources compile against.
    private static List<Path> classpath(ExerciseRun run) {
        List<Path> classpath = new ArrayList<>();
        classpath.add(TestDiscovery.runnerClasses());
        classpath.addAll(run.settings().runtimeClasspath());
        return classpath;
    }

    /** The compiler may read the Java runtime, the classpath and the sources, and write only the classes. */
    private static Confinement confinement(List<ExerciseRun> runs) {
        List<Path> readable = new ArrayList<>(HostFiles.javaRuntime());
        readable.addAll(classpath(runs.get(0)));
        List<Path> writable = new ArrayList<>();
        for (ExerciseRun run : runs) {
            readable.add(run.sources());
            writable.add(run.classes());
        }
        writable.add(runs.get(0).compilerDirectory());
        return Confinement.of(readable, writable, runs.get(0).compilerDirectory());
    }

    private static CompileJob job(ExerciseRun run) throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.walk(run.sources())) {
            sources = files.filter(Files::isRegularFile).sorted().map(Path::toString).toList();
        }
        return new CompileJob(run.exercise().id(), sources, run.classes().toString(),
                run.settings().runtimeClasspath().stream().map(Path::toString).toList());
    }

    private static Duration budget(ExerciseRun run) {
        Duration exercise = run.exercise().limits().exerciseBudget();
        Duration most = Duration.ofSeconds(BUDGET_SECONDS);
        return exercise.compareTo(most) < 0 ? exercise : most;
    }

    // Reads the compiler's report lines into `lines`, then END once its output closes.
    private static Thread readLines(Process process, BlockingQueue<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // The process was killed; END follows.
            } finally {
                lines.add(END);
            }
        }, "compiler-output");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    // Why the compiler JVM ended before finishing its job: out of memory, or a crash with its last words (its
    // error output, else what it printed besides its reports).
    private static String death(Process process, ExerciseRun first, List<String> printed) throws IOException {
        Path log = first.resultsDirectory().resolve("compiler-stderr.log");
        List<String> words = new ArrayList<>(printed);
        if (Files.exists(log)) {
            words.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
        }
        boolean outOfMemory = words.stream().anyMatch(line -> line.contains("OutOfMemoryError"));
        if (outOfMemory) {
            return "the compiler ran out of memory (" + HEAP_MEGABYTES + " MiB) on this code; look for huge"
                    + " constant expressions or generated code";
        }
        String last = words.isEmpty() ? "" : ": " + CompilerProcess.cap(words.get(words.size() - 1).strip());
        return "the compiler crashed on this code (exit code " + (process.isAlive() ? "none" : process.exitValue())
                + last + ")";
    }

    private static void stop(ExerciseRun run, String message, Instant start) {
        run.diagnostics(List.of(new CompilerDiagnostic(run.sourceRootLabel(), 0, 0, message)));
        run.stop(ExerciseStatus.COMPILE_ERROR, message);
        run.spend(Duration.between(start, Instant.now()));
    }

    private static void record(ExerciseRun run, CompileReport report) {
        if (report.compiled()) {
            return;
        }
        List<CompilerDiagnostic> errors = new ArrayList<>();
        for (CompileReport.Error error : report.errors()) {
            errors.add(new CompilerDiagnostic(label(run, error.source()), error.line(), error.column(),
                    error.message()));
        }
        if (errors.isEmpty()) {
            errors.add(new CompilerDiagnostic(run.sourceRootLabel(), 0, 0, "the compiler failed without a message"));
        }
        errors.sort(Comparator.comparing(CompilerDiagnostic::file).thenComparingLong(CompilerDiagnostic::line)
                .thenComparingLong(CompilerDiagnostic::column));
        run.diagnostics(errors);
        run.stop(ExerciseStatus.COMPILE_ERROR, errors.size() == 1 ? "1 compile error" : errors.size()
                + " compile errors");
    }

    private static String label(ExerciseRun run, String source) {
        if (source == null) {
            return run.sourceRootLabel();
        }
        Path path = Path.of(source);
        return path.startsWith(run.sources())
                ? run.sourceRootLabel() + "/" + run.sources().relativize(path).toString().replace('\\', '/')
                : run.sourceRootLabel();
    }

    // javac would read a malformed byte as U+FFFD and compile on, changing the student's strings without a word.
    private static boolean decodable(ExerciseRun run) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(run.sources())) {
            sources = files.filter(Files::isRegularFile).sorted().toList();
        }
        List<CompilerDiagnostic> undecodable = new ArrayList<>();
        for (Path source : sources) {
            notUtf8(run, source).ifPresent(undecodable::add);
        }
        if (undecodable.isEmpty()) {
            return true;
        }
        run.diagnostics(undecodable);
        run.stop(ExerciseStatus.COMPILE_ERROR, undecodable.size() == 1 ? "1 source is not UTF-8"
                : undecodable.size() + " sources are not UTF-8");
        return false;
    }

    private static Optional<CompilerDiagnostic> notUtf8(ExerciseRun run, Path source) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(input, CharBuffer.allocate(bytes.length + 1), true);
        if (!result.isError()) {
            return Optional.empty();
        }
        int position = input.position();
        long line = 1;
        for (int i = 0; i < position; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        String file = run.sourceRootLabel() + "/" + run.sources().relativize(source).toString().replace('\\', '/');
        return Optional.of(new CompilerDiagnostic(file, line, 0, String.format(Locale.ROOT,
                "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[position] & 0xff)));
    }
}
