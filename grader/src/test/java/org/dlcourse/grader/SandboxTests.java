package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.report.JsonReport;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.sandbox.SandboxUnavailableException;
import org.dlcourse.grader.sandbox.Unavailable;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.Score;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operating-system sandbox, shown with the bytecode policy switched off ({@code new Grader(course, List.of())}),
 * so that what the code attempts really runs and only the sandbox stands in its way: files outside the sandbox's
 * scratch never change and cannot be read, a process started by the code ends with its sandbox and cannot forge the
 * report, the network is unreachable, and the compiler is bounded in memory and stack. Fixture 90-arith's
 * {@code multiply} and {@code negate} carry the attacks (see {@link IsolationTests} for the fixture).
 *
 * <p>Needs bubblewrap, as grading untrusted code does ({@code .ci/run} installs it): without it these tests fail,
 * they do not skip, since they are the evidence for {@code docs/security.md}.
 */
class SandboxTests {

    private static final String ARITH = "90-arith";
    private static final String ARITH_SOURCE = "org/dlcourse/fixture/arith/Arith.java";
    private static final String SECRET = "the-decoy-secret-4711";
    private static final int FORGER_SECONDS = 4;

    @TempDir
    static Path shared;

    private static Course course;
    private static Path bundle;

    @TempDir
    Path submission;

    @TempDir
    Path outside;

    @BeforeAll
    static void buildFixtureCourse() throws IOException {
        bundle = Fixtures.fixtureBundle(shared.resolve("course"), ARITH);
        course = Course.load(bundle);
    }

    @Test
    void noFileOutsideTheSandboxChangesOrCanBeReadWhateverTheCodeTries() throws Exception {
        Files.writeString(outside.resolve("decoy.txt"), SECRET);
        Files.createDirectories(outside.resolve("nested"));
        Files.writeString(outside.resolve("nested/report.json"), "{\"score\": 46}");
        String home = System.getProperty("user.home");
        String targets = Stream.of(outside.resolve("decoy.txt"), outside.resolve("planted.txt"),
                        outside.resolve("nested/report.json"), submission.resolve("planted.txt"),
                        submission.resolve(ARITH).resolve("src/main/java").resolve(ARITH_SOURCE),
                        bundle.resolve("exercises").resolve(ARITH).resolve("hidden-tests.jar"),
                        bundle.resolve("runtime.classpath"), Path.of(home, ".javacpp", "planted"),
                        Path.of(home, "planted"))
                .map(path -> "\"" + path + "\"").collect(Collectors.joining(", "));
        writeArith("""
                    public static int multiply(int a, int b) {
                        for (String target : new String[] {%s}) {
                            java.nio.file.Path path = java.nio.file.Path.of(target);
                            try {
                                java.nio.file.Files.writeString(path, "forged");
                            } catch (Exception | Error refused) {
                            }
                            try {
                                java.nio.file.Files.delete(path);
                            } catch (Exception | Error refused) {
                            }
                        }
                        return a * b;
                    }

                    public static int negate(int a) {
                        String seen;
                        try {
                            seen = java.nio.file.Files.readString(java.nio.file.Path.of("%s"));
                        } catch (Exception | Error refused) {
                            seen = "unreadable (" + refused.getClass().getSimpleName() + ")";
                        }
                        String classes;
                        try {
                            java.nio.file.Path own = java.nio.file.Path.of(
                                    Arith.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                            java.nio.file.Files.writeString(own.resolve("Injected.class"), "not a class");
                            classes = "written";
                        } catch (Exception | Error refused) {
                            classes = "refused (" + refused.getClass().getSimpleName() + ")";
                        }
                        String[] repository = new java.io.File("%s").list();
                        throw new IllegalStateException("decoy: " + seen + "; classes: " + classes
                                + "; repository: " + String.join(",", repository == null ? new String[0] : repository));
                    }
                """.formatted(targets, outside.resolve("decoy.txt"), Fixtures.repository()));
        Map<String, String> before = digests(outside, submission, bundle);

        Report report = new Grader(course, List.of()).grade(GradeRequest.of(submission));

        assertThat(digests(outside, submission, bundle)).as("files outside the sandbox's scratch").isEqualTo(before);
        assertThat(Path.of(home, "planted")).doesNotExist();
        assertThat(Path.of(home, ".javacpp", "planted")).doesNotExist();
        TestOutcome negates = outcomes(report).get("negates");
        assertThat(negates.message()).contains("decoy: unreadable (NoSuchFileException)").doesNotContain(SECRET);
        // Its own compiled classes are read-only while tests run: no class can be injected to load later.
        assertThat(negates.message()).contains("classes: refused");
        // Of the repository the grader was built in, only the directories leading to the jars on the classpath.
        String repository = negates.message().substring(negates.message().indexOf("repository: ") + 12);
        assertThat(List.of(repository.split(","))).doesNotContain("solutions", ".git", "pom.xml", "README.md");
        assertThat(outcomes(report).get("multiplies").status()).isEqualTo(TestStatus.PASSED);
        assertThat(report.environment().sandbox()).startsWith("bubblewrap");
        assertThat(JsonReport.render(report)).doesNotContain(SECRET);
    }

    @Test
    void aProcessTheCodeStartsEndsWithItsSandboxAndCannotForgeTheReport() throws Exception {
        Path forged = outside.resolve("report.json");
        String marker = writeForger(forged);

        Report report = new Grader(course, List.of()).grade(GradeRequest.of(submission));

        assertThat(outcomes(report).get("multiplies").status()).isEqualTo(TestStatus.PASSED);
        assertThat(running(marker)).as("processes the submission started").isEmpty();
        Thread.sleep(FORGER_SECONDS * 1000 + 2000);
        assertThat(forged).hasContent("{\"score\": 3}");
    }

    @Test
    void withoutTheSandboxThatProcessOutlivesGradingAndForgesTheReport() throws Exception {
        Path forged = outside.resolve("report.json");
        String marker = writeForger(forged);

        Report report = new Grader(course, List.of()).grade(GradeRequest.of(submission).withSandbox(false));

        assertThat(outcomes(report).get("multiplies").status()).isEqualTo(TestStatus.PASSED);
        assertThat(running(marker)).as("the attack is real: only the sandbox stops it").isNotEmpty();
        Thread.sleep(FORGER_SECONDS * 1000 + 2000);
        assertThat(forged).hasContent("forged");
    }

    // A multiply that starts a shell which, FORGER_SECONDS later, overwrites `forged`; the shell's command line
    // carries the returned marker.
    private String writeForger(Path forged) throws IOException {
        Files.writeString(forged, "{\"score\": 3}");
        String marker = "dlcourse-forger-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        writeArith("""
                    public static int multiply(int a, int b) {
                        try {
                            new ProcessBuilder("/bin/sh", "-c", "sleep %d; echo forged > %s", "%s").start();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return a * b;
                    }
                """.formatted(FORGER_SECONDS, forged, marker));
        return marker;
    }

    private static List<ProcessHandle> running(String marker) {
        return ProcessHandle.allProcesses().filter(process -> process.info().commandLine().orElse("")
                .contains(marker)).toList();
    }

    @Test
    void theNetworkIsUnreachable() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1);
            writeArith("""
                        public static int negate(int a) {
                            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", %d)) {
                                throw new IllegalStateException("connected");
                            } catch (java.io.IOException refused) {
                                throw new IllegalStateException("refused: " + refused.getMessage());
                            }
                        }
                    """.formatted(server.getLocalPort()));

            Report report = new Grader(course, List.of()).grade(GradeRequest.of(submission));

            assertThat(outcomes(report).get("negates").message()).contains("refused");
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void codeThatExhaustsTheCompilersMemoryIsOneConciseCompileError() throws Exception {
        StringBuilder folding = new StringBuilder("    static final String A0 = \"xxxxxxxxxxxxxxxx\";\n");
        for (int i = 1; i <= 30; i++) {
            folding.append("    static final String A").append(i).append(" = A").append(i - 1).append(" + A")
                    .append(i - 1).append(";\n");
        }
        writeArith(folding.toString());

        ExerciseResult arith = new Grader(course).grade(GradeRequest.of(submission)).exercises().get(0);

        assertThat(arith.status()).isEqualTo(ExerciseStatus.COMPILE_ERROR);
        assertThat(arith.diagnostics()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.message()).contains("the compiler ran out of memory");
            assertThat(diagnostic.toString()).hasSizeLessThan(300);
        });
    }

    @Test
    void codeNestedTooDeepForTheCompilerIsOneLocatedError() throws Exception {
        int depth = 10_000;
        writeArith("    static int deep = " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n");

        ExerciseResult arith = new Grader(course).grade(GradeRequest.of(submission)).exercises().get(0);

        assertThat(arith.status()).isEqualTo(ExerciseStatus.COMPILE_ERROR);
        assertThat(arith.diagnostics()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.file()).isEqualTo(ARITH + "/src/main/java/" + ARITH_SOURCE);
            assertThat(diagnostic.line()).isEqualTo(15);
            // The parentheses and the class's brace around them.
            assertThat(diagnostic.message()).contains("nests " + (depth + 1) + " brackets deep");
            assertThat(diagnostic.toString()).hasSizeLessThan(300);
        });
    }

    @Test
    void withoutTheSandboxUntrustedCodeIsNotGradedUnlessTheInstructorSaysSo() throws Exception {
        Fixtures.writeFixture(submission, ARITH, "solution");
        Grader unsandboxed = new Grader(course).withSandbox(new Unavailable("bwrap is not installed"));

        assertThatThrownBy(() -> unsandboxed.grade(GradeRequest.of(submission)))
                .isInstanceOf(SandboxUnavailableException.class)
                .hasMessageContaining("bwrap is not installed").hasMessageContaining("apt-get install bubblewrap")
                .hasMessageContaining("--no-sandbox");
        Report trusted = unsandboxed.grade(GradeRequest.of(submission).withSandbox(false));
        assertThat(trusted.score()).isEqualTo(new Score(5, 5));
        assertThat(trusted.environment().sandbox()).isEqualTo("none: --no-sandbox (for trusted code only)");
    }

    private void writeArith(String members) throws IOException {
        Fixtures.writeArith(submission, members);
    }

    private static Map<String, TestOutcome> outcomes(Report report) {
        return report.exercises().get(0).tests().stream()
                .collect(Collectors.toMap(outcome -> outcome.test().methodName(), Function.identity()));
    }

    // Every file below the roots, by path, with its SHA-256: what "nothing changed" means.
    private static Map<String, String> digests(Path... roots) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    digests.put(file.toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(file))));
                }
            }
        }
        digests.put("(count)", String.valueOf(digests.size()));
        return digests;
    }
}
