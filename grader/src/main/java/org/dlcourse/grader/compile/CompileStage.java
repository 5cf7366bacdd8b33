package org.dlcourse.grader.compile;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;
import org.dlcourse.grader.scoring.ExerciseStatus;

/**
 * Compiles the exercise's copied sources in this JVM against the course classpath, for Java 17, with debug
 * information (the policy reports source lines). A compile error stops the exercise with the errors located as
 * {@code <id>/src/main/java/<path>:<line>}, the path the student knows; so does a source that is not valid UTF-8,
 * which javac would otherwise compile with its bad bytes silently replaced.
 */
public final class CompileStage implements Stage {

    private static final String RELEASE = "17";

    @Override
    public void run(ExerciseRun run) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "); run the grader with a JDK, not a JRE");
        }
        List<Path> sources;
        try (Stream<Path> files = Files.walk(run.sources())) {
            sources = files.filter(Files::isRegularFile).sorted().toList();
        }
        List<CompilerDiagnostic> undecodable = new ArrayList<>();
        for (Path source : sources) {
            notUtf8(run, source).ifPresent(undecodable::add);
        }
        if (!undecodable.isEmpty()) {
            run.diagnostics(undecodable);
            run.stop(ExerciseStatus.COMPILE_ERROR, undecodable.size() == 1 ? "1 source is not UTF-8"
                    : undecodable.size() + " sources are not UTF-8");
            return;
        }
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        List<String> options = List.of(
                "--release", RELEASE,
                "-encoding", "UTF-8",
                "-g",
                // No annotation processors and no implicit compilation: only the submitted sources are compiled.
                "-proc:none", "-implicit:none",
                "-nowarn", "-Xlint:none",
                "-classpath", run.settings().runtimeClasspath().stream().map(Path::toString)
                        .collect(Collectors.joining(File.pathSeparator)),
                "-d", run.classes().toString());
        boolean compiled;
        StringWriter unexpected = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            compiled = compiler.getTask(unexpected, files, collector, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        }
        if (compiled) {
            return;
        }
        List<CompilerDiagnostic> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(locate(run, diagnostic));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new CompilerDiagnostic(run.sourceRootLabel(), 0, 0, unexpected.toString().strip()));
        }
        errors.sort(Comparator.comparing(CompilerDiagnostic::file).thenComparingLong(CompilerDiagnostic::line)
                .thenComparingLong(CompilerDiagnostic::column));
        run.diagnostics(errors);
        run.stop(ExerciseStatus.COMPILE_ERROR, errors.size() == 1 ? "1 compile error" : errors.size()
                + " compile errors");
    }

    // javac would read a malformed byte as U+FFFD and compile on, changing the student's strings without a word.
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

    private static CompilerDiagnostic locate(ExerciseRun run, Diagnostic<? extends JavaFileObject> diagnostic) {
        String file = run.sourceRootLabel();
        if (diagnostic.getSource() != null) {
            Path source = Path.of(diagnostic.getSource().toUri());
            file = run.sourceRootLabel() + "/" + run.sources().relativize(source).toString().replace('\\', '/');
        }
        long line = Math.max(0, diagnostic.getLineNumber());
        long column = Math.max(0, diagnostic.getColumnNumber());
        return new CompilerDiagnostic(file, line, column, diagnostic.getMessage(Locale.ROOT));
    }
}
