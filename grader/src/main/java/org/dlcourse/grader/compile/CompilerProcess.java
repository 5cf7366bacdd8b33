package org.dlcourse.grader.compile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The compiler's own JVM, started by {@link CompileStage} in the sandbox with a heap cap: reads a JSON array of
 * {@link CompileJob}s on standard input, compiles each in turn with javac and writes a {@link CompileReport} line
 * when a job starts and when it ends. javac runs none of the submission's code (no annotation processing), but a
 * source can still make it work for ever, exhaust its memory or overflow its stack: the grader's clock and this
 * JVM's limits bound the first two, and this class turns the third into one located error.
 */
public final class CompilerProcess {

    static final String RELEASE = "17";
    /** Longer compiler messages are cut. */
    static final int MAX_MESSAGE_LENGTH = 2000;
    /** More errors than this are left out; the first ones are the ones to fix. */
    static final int MAX_ERRORS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CompilerProcess() {
    }

    /** Compiles the jobs on standard input, reporting on standard output. */
    public static void main(String[] args) throws IOException {
        List<CompileJob> jobs = JSON.readValue(System.in.readAllBytes(), new TypeReference<List<CompileJob>>() { });
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        for (CompileJob job : jobs) {
            out.println(JSON.writeValueAsString(new CompileReport(job.id(), false, false, List.of())));
            out.println(JSON.writeValueAsString(compile(compiler, job)));
        }
    }

    static CompileReport compile(JavaCompiler compiler, CompileJob job) throws IOException {
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        List<String> options = List.of(
                "--release", RELEASE,
                "-encoding", "UTF-8",
                "-g",
                // No annotation processors and no implicit compilation: only the submitted sources are compiled.
                "-proc:none", "-implicit:none",
                "-nowarn", "-Xlint:none",
                "-classpath", String.join(java.io.File.pathSeparator, job.classpath()),
                "-d", job.classes());
        StringWriter unexpected = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            compiled = compiler.getTask(unexpected, files, collector, options, null,
                    files.getJavaFileObjectsFromStrings(job.sources())).call();
        } catch (StackOverflowError deep) {
            return tooDeep(job);
        } catch (RuntimeException crashed) {
            return crashed.getCause() instanceof StackOverflowError ? tooDeep(job)
                    : failed(job, null, "the compiler crashed on this code (" + crashed + ")");
        }
        List<CompileReport.Error> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && errors.size() < MAX_ERRORS) {
                errors.add(new CompileReport.Error(
                        diagnostic.getSource() == null ? null : Path.of(diagnostic.getSource().toUri()).toString(),
                        Math.max(0, diagnostic.getLineNumber()), Math.max(0, diagnostic.getColumnNumber()),
                        cap(diagnostic.getMessage(Locale.ROOT))));
            }
        }
        if (!compiled && errors.isEmpty()) {
            // javac reports running out of stack or memory as text ("The system is out of resources"), with a
            // stack trace of tens of kilobytes: the student gets one line.
            String text = unexpected.toString();
            if (text.contains("StackOverflowError")) {
                return tooDeep(job);
            }
            String first = text.strip().lines().findFirst().orElse("no message");
            return failed(job, null, "the compiler gave up on this code: " + cap(first));
        }
        return new CompileReport(job.id(), true, compiled, errors);
    }

    // javac recurses over the syntax tree: code nested thousands deep overflows its stack.
    private static CompileReport tooDeep(CompileJob job) throws IOException {
        Nesting deepest = Nesting.deepest(job.sources());
        return new CompileReport(job.id(), true, false, List.of(new CompileReport.Error(deepest.source(),
                deepest.line(), 0, "the compiler ran out of stack: this code nests " + deepest.depth()
                + " brackets deep here; split the expression into smaller ones")));
    }

    private static CompileReport failed(CompileJob job, String source, String message) {
        return new CompileReport(job.id(), true, false, List.of(new CompileReport.Error(source, 0, 0, message)));
    }

    static String cap(String message) {
        return message.length() <= MAX_MESSAGE_LENGTH ? message
                : message.substring(0, MAX_MESSAGE_LENGTH) + " … (" + (message.length() - MAX_MESSAGE_LENGTH)
                + " more characters)";
    }

    /**
     * Where the sources nest brackets deepest: the source, the line where that depth is first reached, the depth.
     */
    record Nesting(String source, long line, int depth) {

        static Nesting deepest(List<String> sources) throws IOException {
            Nesting deepest = new Nesting(sources.isEmpty() ? null : sources.get(0), 0, 0);
            for (String source : sources) {
                String text = Files.readString(Path.of(source), StandardCharsets.UTF_8);
                int depth = 0;
                long line = 1;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\n') {
                        line++;
                    } else if (c == '(' || c == '[' || c == '{') {
                        depth++;
                        if (depth > deepest.depth()) {
                            deepest = new Nesting(source, line, depth);
                        }
                    } else if (c == ')' || c == ']' || c == '}') {
                        depth--;
                    }
                }
            }
            return deepest;
        }
    }
}
