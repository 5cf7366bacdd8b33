package org.dlcourse.grader.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.kit.grading.ExerciseDescriptor.Task;
import org.junit.jupiter.api.Test;

/** A failed test of a task whose used tasks fail too names them first; otherwise nothing changes. */
class PrerequisitesTests {

    private static final List<Task> TASKS = List.of(new Task("softmax", "Softmax"),
            new Task("log-softmax", "Log-softmax"), new Task("cross-entropy", "Loss", List.of("log-softmax")),
            new Task("gradient", "Gradient", List.of("softmax", "log-softmax")));

    private static GradedTest test(String task, String method) {
        return new GradedTest("[class:p.P]/[method:" + method + "()]", Suite.HIDDEN, "p.P", method, method, 1, task,
                "hint of " + method);
    }

    private static TestOutcome failed(String task, String method, String message) {
        return TestOutcome.of(test(task, method), TestStatus.FAILED, message);
    }

    @Test
    void aFailedTestOfATaskWhoseUsedTaskFailsNamesItBeforeItsOwnClassification() {
        List<TestOutcome> marked = Prerequisites.mark(TASKS, List.of(
                failed("softmax", "rows", "Non-finite result: NaN in row 0"),
                TestOutcome.passed(test("log-softmax", "shift")),
                failed("gradient", "matchesFiniteDifferences", "Non-finite result: NaN in row 1"),
                failed("cross-entropy", "mean", "expected 1 but was 2")));

        assertThat(marked.get(0).failingPrerequisites()).isEmpty();
        assertThat(marked.get(2).failingPrerequisites()).containsExactly("softmax");
        assertThat(Classification.of(marked.get(2))).contains("fix softmax first: its own tests fail; not finite: NaN"
                + " in row 1");
        assertThat(marked.get(3).failingPrerequisites()).as("its used task log-softmax passes").isEmpty();
        assertThat(Classification.of(marked.get(3))).isEmpty();
    }

    @Test
    void severalFailingPrerequisitesAreNamedInTheirDeclaredOrderAndANotStartedOneCounts() {
        List<TestOutcome> marked = Prerequisites.mark(TASKS, List.of(
                failed("gradient", "sign", "expected -1 but was 1"),
                TestOutcome.of(test("log-softmax", "shift"), TestStatus.NOT_STARTED,
                        "UnsupportedOperationException: TODO: use the log-sum-exp trick"),
                TestOutcome.of(test("softmax", "rows"), TestStatus.ERROR, "boom")));

        assertThat(Classification.of(marked.get(0))).contains("fix softmax and log-softmax first: their own tests"
                + " fail");
        assertThat(marked.get(1).failingPrerequisites()).as("a not-started task is reported once, as such").isEmpty();
    }

    @Test
    void passedTestsAndTasksWithoutPrerequisitesAreLeftAsTheyWere() {
        List<TestOutcome> outcomes = List.of(TestOutcome.passed(test("gradient", "sign")),
                failed("softmax", "rows", "expected 1 but was 2"));

        assertThat(Prerequisites.mark(TASKS, outcomes)).isEqualTo(outcomes);
    }
}
