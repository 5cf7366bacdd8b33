package org.dlcourse.grader.execute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.runner.RunnerEvent;
import org.dlcourse.grader.runner.RunnerEvent.Type;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.junit.jupiter.api.Test;

class TestLedgerTests {

    private static final String CLASS = "[engine:junit-jupiter]/[class:p.ATests]";
    private static final GradedTest PLAIN = test(CLASS + "/[method:plain()]", 1);
    private static final GradedTest PARAMETERIZED = test(CLASS + "/[test-template:cases(int)]", 2);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final TestLedger ledger = new TestLedger(List.of(PLAIN, PARAMETERIZED), "01-x/src/main/java");

    @Test
    void aParameterizedTestFailsWithItsFirstFailingInvocationThoughItsOwnNodePassed() {
        ledger.newJvm(T0);
        ledger.accept(started(PARAMETERIZED.id()), T0);
        ledger.accept(finished(PARAMETERIZED.id() + "/[test-template-invocation:#1]", "passed", null), T0);
        ledger.accept(finished(PARAMETERIZED.id() + "/[test-template-invocation:#2]", "failed", "expected 6"), T0);
        ledger.accept(finished(PARAMETERIZED.id() + "/[test-template-invocation:#3]", "error", "boom"), T0);
        ledger.accept(finished(PARAMETERIZED.id(), "passed", null), T0);

        TestOutcome outcome = outcome(PARAMETERIZED);
        assertThat(outcome.status()).isEqualTo(TestStatus.FAILED);
        assertThat(outcome.message()).isEqualTo("expected 6");
        assertThat(outcome.score().points()).isZero();
    }

    @Test
    void aFailingTestClassGivesItsFailureToEachOfItsTestsNotYetFinished() {
        ledger.newJvm(T0);
        ledger.accept(started(CLASS), T0);
        ledger.accept(finished(CLASS, "error", "ExceptionInInitializerError"), T0);

        assertThat(ledger.unfinished()).isEmpty();
        assertThat(ledger.outcomes()).allSatisfy(outcome -> {
            assertThat(outcome.status()).isEqualTo(TestStatus.ERROR);
            assertThat(outcome.message()).isEqualTo("its test class failed before it could run:"
                    + " ExceptionInInitializerError");
        });
    }

    @Test
    void aFinishedTestKeepsHowLongItRan() {
        ledger.newJvm(T0);
        ledger.accept(started(PLAIN.id()), T0);
        ledger.accept(new RunnerEvent(Type.FINISHED, PLAIN.id(), "passed", null, null, null, null, null, 250L), T0);

        assertThat(outcome(PLAIN).elapsed()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aFailureInTheStudentsCodeIsLocatedInTheSubmission() {
        ledger.newJvm(T0);
        ledger.accept(new RunnerEvent(Type.FINISHED, PLAIN.id(), "error", "UnsupportedOperationException: TODO",
                "p/A.java:12", null, null, null), T0);

        assertThat(outcome(PLAIN).message())
                .isEqualTo("UnsupportedOperationException: TODO (at 01-x/src/main/java/p/A.java:12)");
    }

    @Test
    void theRunningTestIsTheCulpritOnceItOverrunsItsBudget() {
        ledger.newJvm(T0);
        ledger.accept(started(CLASS), T0);
        ledger.accept(started(PLAIN.id()), T0.plusSeconds(1));

        assertThat(ledger.overran(Duration.ofSeconds(3), T0.plusSeconds(4))).isFalse();
        assertThat(ledger.overran(Duration.ofSeconds(3), T0.plusSeconds(5))).isTrue();
        assertThat(ledger.culprits()).containsExactly(PLAIN);
    }

    @Test
    void aClassStuckBetweenTestsBlamesItsUnfinishedTests() {
        ledger.newJvm(T0);
        ledger.accept(started(CLASS), T0);
        ledger.accept(started(PLAIN.id()), T0);
        ledger.accept(finished(PLAIN.id(), "passed", null), T0.plusSeconds(1));

        assertThat(ledger.overran(Duration.ofSeconds(3), T0.plusSeconds(5))).isTrue();
        assertThat(ledger.culprits()).containsExactly(PARAMETERIZED);
    }

    @Test
    void aResumedJvmSkipsWhatFinishedAndKeepsItsOutcome() {
        ledger.newJvm(T0);
        ledger.accept(finished(PLAIN.id(), "passed", null), T0);
        ledger.conclude(List.of(PARAMETERIZED), TestStatus.TIMEOUT, "too slow");
        ledger.newJvm(T0.plusSeconds(10));

        assertThat(ledger.finishedIds()).containsExactlyInAnyOrder(PLAIN.id(), PARAMETERIZED.id());
        assertThat(ledger.outcomes()).extracting(TestOutcome::status)
                .containsExactly(TestStatus.PASSED, TestStatus.TIMEOUT);
    }

    private TestOutcome outcome(GradedTest test) {
        return ledger.outcomes().get(List.of(PLAIN, PARAMETERIZED).indexOf(test));
    }

    private static GradedTest test(String id, int points) {
        return new GradedTest(id, Suite.HIDDEN, "p.ATests", id.substring(id.lastIndexOf(':') + 1), id, points,
                "t", "look again");
    }

    private static RunnerEvent started(String id) {
        return new RunnerEvent(Type.STARTED, id, null, null, null, null, null, null);
    }

    private static RunnerEvent finished(String id, String status, String message) {
        return new RunnerEvent(Type.FINISHED, id, status, message, null, null, null, null);
    }
}
