package org.dlcourse.grader.scoring;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.dlcourse.grader.course.GradedTest;

/**
 * How one graded test ended.
 *
 * @param test the planned test, with its points, task and hint
 * @param status how it ended
 * @param message why it did not pass, empty when it passed
 * @param seed a failed property's seed (replay with {@code --seed}), else null
 * @param counterexample a failed property's shrunk sample, else null
 * @param elapsed how long the test ran in the test JVM, zero if it never ran
 * @param failingPrerequisites the tasks this test's task uses whose own tests fail too, in the order the exercise
 *                             declares them ({@link Prerequisites}); empty when it passed or none fails
 */
public record TestOutcome(GradedTest test, TestStatus status, String message, Long seed, String counterexample,
                          Duration elapsed, List<String> failingPrerequisites) {

    /** Checks the components. */
    public TestOutcome {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(elapsed, "elapsed");
        failingPrerequisites = List.copyOf(failingPrerequisites);
    }

    /** An outcome before its prerequisites are known. */
    public TestOutcome(GradedTest test, TestStatus status, String message, Long seed, String counterexample,
            Duration elapsed) {
        this(test, status, message, seed, counterexample, elapsed, List.of());
    }

    /** An outcome whose duration was not measured: the test never ran. */
    public TestOutcome(GradedTest test, TestStatus status, String message, Long seed, String counterexample) {
        this(test, status, message, seed, counterexample, Duration.ZERO);
    }

    /**
     * Whether {@code other} says the same about the same test. How long it ran takes no part: it is a timing, which
     * varies between two gradings of the same submission and seed, as the report's {@code timings} do.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TestOutcome that && test.equals(that.test) && status == that.status
                && message.equals(that.message) && Objects.equals(seed, that.seed)
                && Objects.equals(counterexample, that.counterexample)
                && failingPrerequisites.equals(that.failingPrerequisites);
    }

    /** The hash of the components {@link #equals} compares. */
    @Override
    public int hashCode() {
        return Objects.hash(test, status, message, seed, counterexample, failingPrerequisites);
    }

    /** This outcome, having run for {@code time}. */
    public TestOutcome withElapsed(Duration time) {
        return new TestOutcome(test, status, message, seed, counterexample, time, failingPrerequisites);
    }

    /** This outcome, whose task uses the failing tasks {@code prerequisites}. */
    public TestOutcome withFailingPrerequisites(List<String> prerequisites) {
        return new TestOutcome(test, status, message, seed, counterexample, elapsed, prerequisites);
    }

    /** A passed test. */
    public static TestOutcome passed(GradedTest test) {
        return new TestOutcome(test, TestStatus.PASSED, "", null, null);
    }

    /** A test that did not pass for {@code message}, with no property details. */
    public static TestOutcome of(GradedTest test, TestStatus status, String message) {
        return new TestOutcome(test, status, message, null, null);
    }

    /** All or nothing: the test's points if it passed, else 0, out of its points. */
    public Score score() {
        return new Score(status == TestStatus.PASSED ? test.points() : 0, test.points());
    }
}
