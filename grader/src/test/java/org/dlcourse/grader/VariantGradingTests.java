package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dlcourse.grader.report.JsonReport;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.term.TermSecret;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Per-student variants on the real exercise 01-softmax, whose stubs fail every property with its seed: each student's
 * properties run with their own seed from the term secret, and the same student with the same secret gets the same
 * report, byte for byte apart from its timings.
 */
class VariantGradingTests {

    private static final String SOFTMAX = "01-softmax";
    private static final TermSecret SECRET = TermSecret.of("term-secret-for-tests-2026");

    private static Report alice;
    private static Report aliceAgain;
    private static Report bob;

    @BeforeAll
    static void gradeTheStubsAsAliceTwiceAndAsBob() throws Exception {
        GradeRequest stubs = GradeRequest.of(Fixtures.repository().resolve("exercises")).withExercises(List.of(SOFTMAX));
        alice = new Grader(Fixtures.realCourse()).grade(stubs.withSeeds(SECRET.seeds("alice", List.of(SOFTMAX))));
        aliceAgain = new Grader(Fixtures.realCourse()).grade(stubs.withSeeds(SECRET.seeds("alice", List.of(SOFTMAX))));
        bob = new Grader(Fixtures.realCourse()).grade(stubs.withSeeds(SECRET.seeds("bob", List.of(SOFTMAX))));
    }

    @Test
    void eachStudentsPropertiesRunWithTheirOwnSeed() {
        assertThat(propertySeeds(alice)).isNotEmpty().containsOnly(SECRET.seed("alice", SOFTMAX));
        assertThat(propertySeeds(bob)).isNotEmpty().containsOnly(SECRET.seed("bob", SOFTMAX));
        assertThat(alice.exercises()).extracting(ExerciseResult::seed).containsExactly(SECRET.seed("alice", SOFTMAX));
        assertThat(JsonReport.tree(alice).get("exercises").get(0).get("seed").asText())
                .isEqualTo(Long.toString(SECRET.seed("alice", SOFTMAX)));
        assertThat(ReportSchema.violations(JsonReport.render(alice))).isEmpty();
    }

    @Test
    void theSameStudentAndSecretGiveAByteIdenticalReportApartFromTimings() {
        assertThat(resultsPart(JsonReport.render(aliceAgain))).isEqualTo(resultsPart(JsonReport.render(alice)));
        assertThat(resultsPart(JsonReport.render(bob))).isNotEqualTo(resultsPart(JsonReport.render(alice)));
    }

    private static List<Long> propertySeeds(Report report) {
        return report.exercises().stream().flatMap(exercise -> exercise.tests().stream())
                .map(TestOutcome::seed).filter(seed -> seed != null).toList();
    }

    private static String resultsPart(String json) {
        int timings = json.indexOf("\n  \"timings\" : {");
        assertThat(timings).as("the timings member").isPositive();
        return json.substring(0, timings);
    }
}
