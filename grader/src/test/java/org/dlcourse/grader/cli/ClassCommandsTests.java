package org.dlcourse.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.ReportSchema;
import org.dlcourse.grader.gradebook.Gradebook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import picocli.CommandLine;

/**
 * A class of three on the fixture exercise 90-arith through the command line: two shards graded into two
 * gradebooks, merged, exported as CSV and JUnit XML, and summarized with figures.
 */
class ClassCommandsTests {

    private static final String ARITH = "90-arith";
    private static final String SOURCE = "org/dlcourse/fixture/arith/Arith.java";

    @TempDir
    static Path shared;

    private static Path fixtureCourse;

    @TempDir
    Path temporary;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void buildFixtureCourse() throws IOException {
        fixtureCourse = Fixtures.fixtureBundle(shared.resolve("course"), ARITH);
    }

    @Test
    void twoShardsMergeIntoOneGradebookThatExportsAndSummarizesTheClass() throws IOException {
        Path classDirectory = temporary.resolve("class");
        Fixtures.writeFixture(classDirectory.resolve("alice"), ARITH, "solution");
        Fixtures.writeFixture(classDirectory.resolve("bob"), ARITH, "stubs");
        Fixtures.writeFixture(classDirectory.resolve("carol"), ARITH, "solution");
        Path carolSource = classDirectory.resolve("carol/" + ARITH + "/src/main/java/" + SOURCE);
        Files.writeString(carolSource, Files.readString(carolSource).replace("return a * b;", "return a + b;"));

        Path grades = temporary.resolve("grades");
        for (String shard : List.of("1/2", "2/2")) {
            int code = execute("batch", classDirectory.toString(), "--course", fixtureCourse.toString(), "--jobs", "2",
                    "--shard", shard, "--out", grades.toString(), "--gradebook",
                    grades.resolve("shard-" + shard.charAt(0) + ".db").toString(), "--progress", "plain");
            assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        }
        // Round-robin over sorted ids: alice and carol in shard 1, bob in shard 2; plain lines, no bar.
        assertThat(out.toString()).contains("] alice 5/5 in ", "[1/1] bob 0/5 in ", "] carol 3/5 in ")
                .doesNotContain("\r");
        assertThat(ReportSchema.violations(Files.readString(grades.resolve("reports/carol.json")))).isEmpty();

        Path merged = grades.resolve("gradebook.db");
        assertThat(execute("merge", "--into", merged.toString(), grades.resolve("shard-1.db").toString(),
                grades.resolve("shard-2.db").toString(), grades.resolve("shard-2.db").toString()))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("merged 2 submissions from", "merged 1 submission from",
                "merged 0 submissions from", "grader: 3 submissions of 3 students in");
        try (Gradebook gradebook = Gradebook.open(merged)) {
            assertThat(gradebook.testResults(gradebook.latest("carol").orElseThrow().id()))
                    .filteredOn(result -> !result.passed()).extracting(result -> result.hint())
                    .containsExactly("multiply, do not add");
        }

        Path csv = temporary.resolve("grades.csv");
        assertThat(execute("export", "--csv", "--gradebook", merged.toString(), "--course", fixtureCourse.toString(),
                "-o", csv.toString(), "--id-header", "ID number")).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("ID number," + ARITH + ",total,max_total,percent,status,graded_at,"
                + "content_hash,not_started");
        assertThat(rows.subList(1, rows.size())).hasSize(3).satisfiesExactly(
                alice -> assertThat(alice).startsWith("alice,5,5,5,100.00,graded,"),
                bob -> assertThat(bob).startsWith("bob,0,0,5,0.00,graded,").endsWith("," + ARITH),
                carol -> assertThat(carol).startsWith("carol,3,3,5,60.00,graded,"));

        Path junit = temporary.resolve("TEST-class.xml");
        assertThat(execute("export", "--junit", "--gradebook", merged.toString(), "-o", junit.toString()))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        Document xml = parse(junit);
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        NodeList cases = xml.getElementsByTagName("testcase");
        double seconds = 0;
        for (int i = 0; i < cases.getLength(); i++) {
            String time = ((Element) cases.item(i)).getAttribute("time");
            assertThat(time).matches("[0-9]+\\.[0-9]{3}");
            seconds += Double.parseDouble(time);
        }
        assertThat(seconds).as("the tests' own durations, measured in the test JVMs").isPositive();
        Element bob = (Element) suites.item(1);
        assertThat(bob.getAttribute("failures")).as("bob handed in the stubs: not started, not failed").isEqualTo("0");
        assertThat(bob.getAttribute("skipped")).isEqualTo("4");
        Element carol = (Element) suites.item(2);
        assertThat(carol.getAttribute("name")).isEqualTo("carol");
        assertThat(carol.getAttribute("failures")).isEqualTo("1");
        assertThat(((Element) carol.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("0/2 multiply, do not add");
        assertThat(execute("export", "--gradebook", merged.toString())).isEqualTo(ExitCodes.USAGE);

        Path stats = temporary.resolve("stats");
        assertThat(execute("stats", "--gradebook", merged.toString(), "--out", stats.toString()))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        String markdown = Files.readString(stats.resolve("stats.md"));
        assertThat(markdown).contains("| " + ARITH + " | 5 | 2.7 | 3.0 | 1 of 3 | graded=3 |",
                // bob handed in the stubs: not started, so not among those who failed.
                "| " + ARITH + " | ArithHiddenTests > multiplies(int, int, int) | multiply | 1 of 2 | multiply, do not add |",
                "| multiply | 1 | 1 of 2 (50%) | 1 |",
                "| ArithHiddenTests > multiplies(int, int, int) | hidden | multiply | 1 of 2 (50%) | 1 |");
        for (String figure : List.of(ARITH + "-scores.png", ARITH + "-tests.png")) {
            byte[] png = Files.readAllBytes(stats.resolve(figure));
            assertThat(png).as(figure).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }

    @Test
    void anUnknownShardOrExerciseIsAUsageError() throws IOException {
        Path classDirectory = Files.createDirectories(temporary.resolve("class"));
        assertThat(execute("batch", classDirectory.toString(), "--course", fixtureCourse.toString(), "--shard", "3/2"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(execute("batch", classDirectory.toString(), "--course", fixtureCourse.toString(), "-e", "nope",
                "--out", temporary.resolve("grades").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--shard: a shard is i/n", "unknown exercise 'nope'");
    }

    @Test
    void aClassOfUnusableSubmissionsIsSummedUpAndExportedWithTheCoursesColumns() throws IOException {
        Path classDirectory = Files.createDirectories(temporary.resolve("class"));
        Files.writeString(classDirectory.resolve("frank.zip"), "a text file, not a zip");
        Files.createDirectories(classDirectory.resolve("alice/notes"));
        Files.createDirectories(classDirectory.resolve("bob"));
        Path grades = temporary.resolve("grades");

        assertThat(execute("batch", classDirectory.toString(), "--course", fixtureCourse.toString(), "--out",
                grades.toString(), "--progress", "plain")).as(err.toString()).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("frank    -      unusable", "not a valid zip: frank.zip",
                "grader: 3 submissions in ").contains(": 0 graded, 3 unusable, 0 error, 0 timeout, 0 unchanged;");
        assertThat(Files.readString(grades.resolve("feedback/frank.md"))).contains("not a valid zip: frank.zip");
        Path csv = temporary.resolve("grades.csv");
        assertThat(execute("export", "--csv", "--gradebook", grades.resolve("gradebook.db").toString(), "--course",
                fixtureCourse.toString(), "-o", csv.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(csv)).first().as("the course's exercises, though nobody was graded")
                .isEqualTo("student," + ARITH + ",total,max_total,percent,status,graded_at,content_hash,not_started");
    }

    @Test
    void missingOrForeignInputFilesExitWithThreeAndOneLine() throws IOException {
        Path missing = temporary.resolve("nope.db");
        Path text = Files.writeString(temporary.resolve("notes.db"), "not a database");
        Path into = temporary.resolve("merged.db");

        assertThat(execute("export", "--csv", "--gradebook", missing.toString())).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(execute("stats", "--gradebook", missing.toString())).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(execute("merge", "--into", into.toString(), missing.toString())).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(execute("merge", "--into", into.toString(), text.toString())).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(execute("export", "--junit", "--gradebook", text.toString())).isEqualTo(ExitCodes.UNUSABLE);

        assertThat(err.toString().lines()).containsExactly(
                "grader: no gradebook at " + missing + "; run grader batch first, or name the gradebook with"
                        + " --gradebook",
                "grader: no gradebook at " + missing + "; run grader batch first, or name the gradebook with"
                        + " --gradebook",
                "grader: no gradebook to merge at " + missing,
                "grader: cannot open the gradebook " + text + ": [SQLITE_NOTADB] File opened that is not a database"
                        + " file (file is not a database)",
                "grader: cannot open the gradebook " + text + ": [SQLITE_NOTADB] File opened that is not a database"
                        + " file (file is not a database)");
    }

    @Test
    void aReleaseIntoANonEmptyDirectoryIsAUsageErrorAndOneOutsideTheCourseIsUnusable() throws IOException {
        Path used = Files.createDirectories(temporary.resolve("handout"));
        Files.writeString(used.resolve("notes.txt"), "last term");
        Path elsewhere = Files.createDirectories(temporary.resolve("elsewhere"));

        assertThat(execute("release", "--root", Fixtures.repository().toString(), "--out", used.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(execute("release", "--root", elsewhere.toString(), "--out", temporary.resolve("new").toString()))
                .isEqualTo(ExitCodes.UNUSABLE);

        assertThat(err.toString().lines()).containsExactly(
                "grader: the release directory " + used + " is not empty; release into a new or empty directory",
                "grader: " + elsewhere + " is not the course repository (no exercises/pom.xml); run release from"
                        + " the repository's root or give it with --root");
    }

    @Test
    void aMachineThatCannotGradeRecordsNothingAndExitsWithThree() throws IOException {
        Path classDirectory = temporary.resolve("class");
        Fixtures.writeFixture(classDirectory.resolve("alice"), ARITH, "solution");
        Path grades = temporary.resolve("grades");
        assertThat(execute("batch", classDirectory.toString(), "--course", fixtureCourse.toString(), "--out",
                grades.toString(), "--progress", "plain")).as(err.toString()).isEqualTo(ExitCodes.OK);
        Path gradebook = grades.resolve("gradebook.db");
        byte[] before = Files.readAllBytes(gradebook);

        // The temporary directory the workspaces would go to is gone: the machine's fault, checked before grading.
        String temporaryDirectory = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", temporary.resolve("gone").toString());
        int code;
        try {
            code = execute("batch", classDirectory.toString(), "--course", fixtureCourse.toString(), "--out",
                    grades.toString(), "--progress", "plain");
        } finally {
            System.setProperty("java.io.tmpdir", temporaryDirectory);
        }

        assertThat(code).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString()).isEqualTo("grader: nothing graded: the temporary directory "
                + temporary.resolve("gone") + " does not exist; create it or point java.io.tmpdir at a writable"
                + " directory\n");
        assertThat(Files.readAllBytes(gradebook)).as("the gradebook is unchanged").isEqualTo(before);
    }

    private static Document parse(Path file) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException malformed) {
            throw new AssertionError(file + " is not well-formed XML: " + malformed.getMessage(), malformed);
        }
    }

    private int execute(String... args) {
        CommandLine command = GraderCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
