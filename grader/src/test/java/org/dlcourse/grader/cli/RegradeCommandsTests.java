package org.dlcourse.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.gradebook.SubmissionRecord;
import org.dlcourse.grader.term.TermSecret;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Regrades of a class of two on the fixture exercise 90-arith through the command line: a resumed batch grades again
 * whoever's grading key changed, keeps every grading, and {@code changes} shows what a regrade changed.
 */
class RegradeCommandsTests {

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
    void aResumedBatchWithAnotherSeedGradesEveryoneAgainAndKeepsTheFirstGrading() throws IOException {
        Path classDirectory = temporary.resolve("class");
        Fixtures.writeFixture(classDirectory.resolve("alice"), ARITH, "solution");
        Fixtures.writeFixture(classDirectory.resolve("bob"), ARITH, "stubs");
        Path grades = temporary.resolve("grades");

        assertThat(batch(classDirectory, grades)).as(err.toString()).isEqualTo(ExitCodes.OK);
        out.getBuffer().setLength(0);
        assertThat(batch(classDirectory, grades, "--resume", "--seed", "42")).as(err.toString())
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("2 graded, 0 unusable, 0 error, 0 timeout, 0 unchanged");
        out.getBuffer().setLength(0);
        assertThat(batch(classDirectory, grades, "--resume", "--seed", "42")).as(err.toString())
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("2 unchanged");

        try (Gradebook gradebook = Gradebook.open(grades.resolve("gradebook.db"))) {
            assertThat(gradebook.history("alice")).extracting(SubmissionRecord::seeds)
                    .containsExactly("default", "42");
            assertThat(gradebook.size()).isEqualTo(4);
        }
    }

    @Test
    void changesListsPerStudentAndTestTheOldAndNewOutcomeOfTheLastTwoGradings() throws IOException {
        Path classDirectory = temporary.resolve("class");
        Fixtures.writeFixture(classDirectory.resolve("alice"), ARITH, "solution");
        Fixtures.writeFixture(classDirectory.resolve("bob"), ARITH, "stubs");
        Fixtures.writeFixture(classDirectory.resolve("carol"), ARITH, "solution");
        Path grades = temporary.resolve("grades");
        assertThat(batch(classDirectory, grades)).as(err.toString()).isEqualTo(ExitCodes.OK);
        Path alice = classDirectory.resolve("alice/" + ARITH + "/src/main/java/" + SOURCE);
        Files.writeString(alice, Files.readString(alice).replace("return a * b;", "return a + b;"));
        Fixtures.writeFixture(classDirectory.resolve("bob"), ARITH, "solution");
        assertThat(batch(classDirectory, grades, "--resume")).as(err.toString()).isEqualTo(ExitCodes.OK);
        out.getBuffer().setLength(0);

        String gradebook = grades.resolve("gradebook.db").toString();
        assertThat(execute("changes", "--gradebook", gradebook)).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).containsExactly(
                "alice  grading 1 -> 2 (sources)  5/5 -> 3/5 (-2)",
                "    " + ARITH + "  ArithHiddenTests > multiplies(int, int, int)  passed 2/2 -> failed 0/2",
                "bob  grading 1 -> 2 (sources)  0/5 -> 5/5 (+5)",
                "    " + ARITH + "  ArithExamplesTests > addsSmallNumbers()  not_started 0/1 -> passed 1/1",
                "    " + ARITH + "  ArithHiddenTests > addsLargeNumbers()  not_started 0/1 -> passed 1/1",
                "    " + ARITH + "  ArithHiddenTests > negates()  not_started 0/1 -> passed 1/1",
                "    " + ARITH + "  ArithHiddenTests > multiplies(int, int, int)  not_started 0/2 -> passed 2/2",
                "grader: 2 of 2 students changed between the gradings compared (1 up, 1 down, 0 same total)");

        Path csv = temporary.resolve("changes.csv");
        assertThat(execute("changes", "--gradebook", gradebook, "--csv", "-o", csv.toString()))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("student,from,to,changed,exercise,test,old_status,old_score,new_status,"
                + "new_score,max_score,delta");
        assertThat(rows).contains("alice,1,2,sources,,(grade),graded,5,graded,3,5,-2",
                "alice,1,2,sources," + ARITH + ",\"ArithHiddenTests > multiplies(int, int, int)\",passed,2,failed,0,2,-2");
        assertThat(rows).noneMatch(row -> row.startsWith("carol,"));
        assertThat(execute("changes", "--gradebook", gradebook, "--from", "2", "--to", "1"))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aTermSecretGivesEachStudentSeedsThatTheGradebookRecordsAndGradeReproduces() throws IOException {
        Path classDirectory = temporary.resolve("class");
        Fixtures.writeFixture(classDirectory.resolve("alice"), ARITH, "solution");
        Fixtures.writeFixture(classDirectory.resolve("bob"), ARITH, "solution");
        Path secretFile = Files.writeString(temporary.resolve("term.secret"), "term-secret-for-tests-2026\n");
        TermSecret secret = TermSecret.read(secretFile);
        Path grades = temporary.resolve("grades");
        assertThat(batch(classDirectory, grades, "--term-secret", secretFile.toString())).as(err.toString())
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString() + err).doesNotContain("term-secret-for-tests");

        String aliceSeeds;
        try (Gradebook gradebook = Gradebook.open(grades.resolve("gradebook.db"))) {
            aliceSeeds = gradebook.latest("alice").orElseThrow().seeds();
            assertThat(aliceSeeds).isEqualTo(ARITH + "=" + secret.seed("alice", ARITH));
            assertThat(gradebook.latest("bob").orElseThrow().seeds()).isEqualTo(ARITH + "=" + secret.seed("bob", ARITH));
        }
        Path again = temporary.resolve("alice.json");
        assertThat(execute("grade", classDirectory.resolve("alice").toString(), "--course", fixtureCourse.toString(),
                "--seed", aliceSeeds, "--format", "json", "-o", again.toString())).as(err.toString())
                .isEqualTo(ExitCodes.OK);
        assertThat(resultsPart(Files.readString(again)))
                .contains("\"seed\" : \"" + secret.seed("alice", ARITH) + "\"")
                .isEqualTo(resultsPart(Files.readString(grades.resolve("reports/alice.json"))));
    }

    private static String resultsPart(String json) {
        int timings = json.indexOf("\n  \"timings\" : {");
        assertThat(timings).as("the timings member").isPositive();
        return json.substring(0, timings);
    }

    private int batch(Path classDirectory, Path grades, String... options) {
        String[] args = new String[9 + options.length];
        System.arraycopy(new String[] {"batch", classDirectory.toString(), "--course", fixtureCourse.toString(),
            "--jobs", "2", "--out", grades.toString(), "--progress=plain"}, 0, args, 0, 8);
        args[8] = "--submission-timeout=600";
        System.arraycopy(options, 0, args, 9, options.length);
        return execute(args);
    }

    private int execute(String... args) {
        CommandLine command = GraderCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
