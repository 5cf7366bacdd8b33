package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.ExerciseBundle;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.course.Limits;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.course.TestDiscovery;
import org.dlcourse.grader.policy.PolicyViolation;
import org.dlcourse.grader.report.GradescopeReport;
import org.dlcourse.grader.report.JsonReport;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.report.ReportFormat;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.Score;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken submissions of exercise 01-softmax, each graded through the real pipeline with its expected
 * verdict: {@code src/test/resources/adversarial/01-softmax/<name>/}.
 *
 * <p>A submission is the reference solution with the entry's {@code src/} files laid over it (a {@code Hostile}
 * helper class, a protected class name, a test file) and the {@code edits} of its {@code verdict.json} applied
 * (text replacements: the hook that makes {@code CrossEntropy.gradient} call {@code Hostile.act()} first, a
 * renamed method, a NaN result). Beside each submission whose code runs, the solution of the pure-Java fixture
 * exercise 91-strings is graded too, in the same test JVM (it is given 01-softmax's memory limits, so the grader
 * shares the JVM between them, and its tests run after 01-softmax's), and must keep its full score whatever
 * 01-softmax does.
 *
 * <p>The verdict: the exercise's status; for a policy violation the rules that must be among the violations; for
 * a compile error a text in the diagnostics; for a graded exercise the status of named public tests, what the
 * others must be ({@code passed} or {@code any}), message texts and the number of tests, and that every message is
 * capped and well-formed text (no lone surrogate); optionally the seconds within which the report must be written
 * ({@code withinSeconds}). Always: grading returns a
 * report (it never throws or hangs), every format renders it, the JSON validates against its schema and the JUnit
 * XML against Surefire's, and no report holds a path of the grader's workspace or course bundle.
 *
 * <p>To keep the build fast, only the public suite runs (5 tests, 5 points), with a per-test budget of 8 s: the
 * hostile behaviour sits in the code the public tests call, and the hidden suite would add a minute per entry. The
 * submissions are graded {@value #DEFAULT_JOBS} at a time ({@code -Ddlcourse.adversarial.jobs=N}), each in its own
 * grading workspace and sandbox; with one at a time, each entry also checks that none of its processes is left
 * running, and with more, the corpus's last test checks that none is left once all are graded.
 */
class AdversarialCorpusTests {

    private static final String SOFTMAX = "01-softmax";
    private static final String STRINGS = "91-strings";
    /** Submissions graded side by side ({@code -Ddlcourse.adversarial.jobs=N}); a grading does not depend on it. */
    private static final int DEFAULT_JOBS = 2;
    private static final Duration TEST_BUDGET = Duration.ofSeconds(8);
    private static final Duration EXERCISE_BUDGET = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any message a test's failure may have: the runner caps them at 4000 characters, plus where. */
    private static final int MAX_MESSAGE_LENGTH = 8192;

    @TempDir
    static Path shared;

    private static Course course;

    /** The points of 01-softmax's public tests, which no submission can change. */
    private static int publicPoints;

    @TempDir
    Path workspace;

    @BeforeAll
    static void buildTheCourse() throws IOException {
        Course real = Fixtures.realCourse();
        Course fixture = Course.load(Fixtures.fixtureBundle(shared.resolve("fixture"), STRINGS));
        List<ExerciseBundle> exercises = new ArrayList<>();
        ExerciseBundle softmax = real.exercise(SOFTMAX).orElseThrow();
        exercises.add(softmax);
        publicPoints = new TestDiscovery(real).plan(softmax, Set.of(Suite.PUBLIC)).stream()
                .mapToInt(GradedTest::points).sum();
        Limits memory = softmax.exercise().limits();
        for (ExerciseBundle strings : fixture.exercises()) {
            // 01-softmax's heap and off-heap memory, so that the two share one test JVM, as a course's exercises do.
            Limits own = strings.exercise().limits();
            exercises.add(new ExerciseBundle(strings.exercise().withLimits(new Limits(own.testSeconds(),
                    own.exerciseSeconds(), memory.heapMegabytes(), memory.offHeapMegabytes())),
                    strings.publicTests(), strings.hiddenTests(), strings.stubs()));
        }
        course = new Course(real.runtimeClasspath(), real.backend(), exercises);
    }

    @TestFactory
    Stream<DynamicTest> everyHostileSubmissionGetsItsExpectedVerdictAndTheOtherExerciseKeepsItsScore()
            throws IOException {
        Path corpus = corpus().resolve(SOFTMAX);
        List<Path> entries;
        try (Stream<Path> children = Files.list(corpus)) {
            entries = children.filter(child -> Files.isRegularFile(child.resolve("verdict.json"))).sorted().toList();
        }
        assertThat(entries).as("the adversarial corpus").hasSizeGreaterThanOrEqualTo(30);
        String only = System.getProperty("dlcourse.adversarial", "").strip();
        if (!only.isEmpty()) {
            List<String> wanted = List.of(only.split("\\s*,\\s*"));
            entries = entries.stream().filter(entry -> wanted.contains(entry.getFileName().toString())).toList();
            assertThat(entries).as("entries named by -Ddlcourse.adversarial").hasSameSizeAs(wanted);
        }
        int jobs = Integer.getInteger("dlcourse.adversarial.jobs", DEFAULT_JOBS);
        ExecutorService gradings = Executors.newFixedThreadPool(jobs);
        List<DynamicTest> tests = new ArrayList<>();
        List<Future<Graded>> all = new ArrayList<>();
        for (Path entry : entries) {
            Future<Graded> graded = gradings.submit(() -> grade(entry));
            all.add(graded);
            tests.add(DynamicTest.dynamicTest(entry.getFileName().toString(), () -> check(entry, graded.get(), jobs)));
        }
        gradings.shutdown();
        tests.add(DynamicTest.dynamicTest("no process of any submission is left running", () -> {
            for (Future<Graded> graded : all) {
                graded.get();
            }
            assertThat(ProcessHandle.current().descendants()).as("processes left running after the corpus")
                    .isEmpty();
        }));
        return tests.stream();
    }

    /** A submission's report, and the time from the start of its grading to its report. */
    private record Graded(Report report, Duration took) {
    }

    private Graded grade(Path entry) throws Exception {
        JsonNode verdict = JSON.readTree(entry.resolve("verdict.json").toFile());
        Path submission = workspace.resolve(entry.getFileName().toString());
        Path sources = submission.resolve(SOFTMAX).resolve("src/main/java");
        Fixtures.copyTree(Fixtures.repository().resolve("solutions").resolve(SOFTMAX).resolve("src/main/java"),
                sources);
        if (Files.isDirectory(entry.resolve("src"))) {
            Fixtures.copyTree(entry.resolve("src"), submission.resolve(SOFTMAX).resolve("src"));
        }
        for (JsonNode edit : verdict.path("edits")) {
            apply(sources.resolve(edit.get("file").asText()), edit);
        }
        // The other exercise runs beside those whose tests run; beside a compile error or a policy violation nothing
        // of the student's runs, and the fixture would only add its JVM's start to the build.
        boolean runs = verdict.get("status").asText().equals("graded");
        if (runs) {
            Fixtures.writeFixture(submission, STRINGS, "solution");
        }

        long start = System.nanoTime();
        Report report = new Grader(course).grade(GradeRequest.of(submission).withSuites(Set.of(Suite.PUBLIC))
                .withSeed(7L).withBudgets(TEST_BUDGET, EXERCISE_BUDGET));
        return new Graded(report, Duration.ofNanos(System.nanoTime() - start));
    }

    private void check(Path entry, Graded graded, int jobs) throws Exception {
        JsonNode verdict = JSON.readTree(entry.resolve("verdict.json").toFile());
        boolean runs = verdict.get("status").asText().equals("graded");
        Report report = graded.report();
        Duration took = graded.took();
        ExerciseResult softmax = exercise(report, SOFTMAX);
        String described = entry.getFileName() + " (" + verdict.get("description").asText() + "): " + softmax.status()
                + " " + softmax.message() + " " + softmax.violations() + " " + softmax.diagnostics() + " "
                + softmax.tests().stream().map(t -> t.test().methodName() + "=" + t.status() + ":" + t.message())
                .toList();
        assertThat(softmax.status().label()).as(described).isEqualTo(verdict.get("status").asText());
        if (verdict.has("withinSeconds")) {
            assertThat(took).as("time to the report of %s", entry.getFileName())
                    .isLessThan(Duration.ofSeconds(verdict.get("withinSeconds").asLong()));
        }
        if (runs) {
            Score other = exercise(report, STRINGS).score();
            assertThat(other.points()).as("the other exercise, beside %s", entry.getFileName()).isPositive()
                    .isEqualTo(other.max());
        }
        switch (softmax.status()) {
            case POLICY_VIOLATION -> {
                Set<String> rules = softmax.violations().stream().map(PolicyViolation::rule)
                        .collect(Collectors.toSet());
                for (JsonNode rule : verdict.get("rules")) {
                    assertThat(rules).as(described).contains(rule.asText());
                }
                assertThat(softmax.violations()).allSatisfy(violation ->
                        assertThat(violation.location()).startsWith(SOFTMAX + "/src/main/java/"));
            }
            case COMPILE_ERROR -> assertThat(softmax.diagnostics().toString()).as(described)
                    .contains(verdict.get("diagnosticContains").asText());
            case GRADED -> checkTests(softmax, verdict, described);
            default -> { }
        }
        assertThat(softmax.score().max()).isEqualTo(publicPoints);
        everyFormatRenders(report);
        if (jobs == 1) {
            // One grading at a time: any process still running is this submission's (with more, the corpus's last
            // test checks that none is left once all are graded).
            assertThat(ProcessHandle.current().descendants())
                    .as("processes left running after %s", entry.getFileName()).isEmpty();
        }
    }

    private static void checkTests(ExerciseResult result, JsonNode verdict, String described) {
        Map<String, TestOutcome> tests = result.tests().stream()
                .collect(Collectors.toMap(test -> test.test().methodName(), test -> test));
        JsonNode expected = verdict.path("tests");
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> test = it.next();
            assertThat(tests).as(described).containsKey(test.getKey());
            assertThat(tests.get(test.getKey()).status().label()).as(described).isEqualTo(test.getValue().asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = verdict.path("messageContains").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> test = it.next();
            assertThat(tests.get(test.getKey()).message()).as(described).contains(test.getValue().asText());
        }
        if (verdict.path("others").asText().equals("passed")) {
            assertThat(tests.values()).filteredOn(test -> !expected.has(test.test().methodName()))
                    .as(described).extracting(TestOutcome::status).containsOnly(TestStatus.PASSED);
        }
        // Whatever the exception, its description stays readable: capped and well-formed text.
        assertThat(tests.values()).as(described).allSatisfy(test -> {
            assertThat(test.message().length()).isLessThan(MAX_MESSAGE_LENGTH);
            assertThat(test.message().codePoints())
                    .noneMatch(point -> Character.getType(point) == Character.SURROGATE);
        });
        if (verdict.has("testCount")) {
            assertThat(tests).as(described).hasSize(verdict.get("testCount").asInt());
        }
    }

    private void everyFormatRenders(Report report) throws Exception {
        for (ReportFormat format : ReportFormat.values()) {
            String rendered = format.render(report, GradescopeReport.Visibility.AFTER_DUE_DATE);
            assertThat(rendered).as(format.label()).isNotBlank().doesNotContain(workspace.toString())
                    .doesNotContain(Fixtures.realBundle().toString()).doesNotContain("dlcourse-grade-");
            assertThat(rendered.length()).as("%s report size", format.label()).isLessThan(1 << 20);
        }
        assertThat(ReportSchema.violations(JsonReport.render(report))).isEmpty();
        assertThat(JsonSchemas.violations("/consumers/gradescope-results.schema.json",
                GradescopeReport.render(report, GradescopeReport.Visibility.AFTER_DUE_DATE))).isEmpty();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(AdversarialCorpusTests.class.getResource("/consumers/surefire-test-report.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(
                        ReportFormat.JUNIT.render(report, GradescopeReport.Visibility.AFTER_DUE_DATE))));
    }

    private static void apply(Path file, JsonNode edit) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String from = edit.get("from").asText();
        assertThat(text).as("edit target in %s", file.getFileName()).contains(from);
        String to = edit.get("to").asText();
        text = edit.path("all").asBoolean() ? text.replace(from, to) : text.replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static ExerciseResult exercise(Report report, String id) {
        return report.exercises().stream().filter(result -> result.exercise().id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Path corpus() {
        try {
            return Path.of(AdversarialCorpusTests.class.getResource("/adversarial").toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
