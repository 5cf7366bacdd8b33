package org.dlcourse.grader.scoring;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of failure a test's message shows, said before the test's own hint because it names the cause
 * whatever the hint guessed: the stub's TODO still thrown (the part is not started), or a NaN or infinity in the
 * student's result (the kit's assertions start such messages with {@code Non-finite result:}) or in a value the
 * test computed from it ({@code Non-finite reference:}); before either, a failing task that this test's task uses
 * ({@link Prerequisites}).
 *
 * <p>Read from the message, which is all the test JVM reports today; the kit puts a property's cause before its
 * samples so that a capped message still holds it.
 */
public final class Classification {

    // The stub's exception, thrown directly (an error: "UnsupportedOperationException: TODO: ..."), as a
    // property's cause ("Cause: java.lang.UnsupportedOperationException: TODO: ...") or caught by an assertion
    // (AssertJ's "but caught\n  "java.lang.UnsupportedOperationException: TODO: ...").
    private static final Pattern STUB = Pattern.compile(
            "(?:\\A|[\\s\"(])(?:java\\.lang\\.)?UnsupportedOperationException: (TODO: [^\\n\"]*)");
    private static final Pattern NON_FINITE = Pattern.compile("(?m)Non-finite (result|reference): ([^\\n]*)");

    private Classification() {
    }

    /** The stub's {@code TODO: ...} message if the test failed on it. */
    public static Optional<String> stubTodo(String message) {
        Matcher matcher = STUB.matcher(message);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /** {@code outcome} as {@link TestStatus#NOT_STARTED} if it failed on the stub's TODO, else unchanged. */
    public static TestOutcome notStartedIfStub(TestOutcome outcome) {
        if (outcome.status() == TestStatus.PASSED || outcome.status() == TestStatus.TIMEOUT
                || stubTodo(outcome.message()).isEmpty()) {
            return outcome;
        }
        return new TestOutcome(outcome.test(), TestStatus.NOT_STARTED, outcome.message(), outcome.seed(),
                outcome.counterexample(), outcome.elapsed(), outcome.failingPrerequisites());
    }

    /**
     * One line naming the failure's kind, or empty when the message shows none the grader knows. A failing task
     * this test's task uses comes first ({@code fix softmax first: its own tests fail}): its bug may be the cause,
     * whatever the message and the hint say.
     */
    public static Optional<String> of(TestOutcome outcome) {
        if (outcome.status() == TestStatus.PASSED) {
            return Optional.empty();
        }
        Optional<String> kind = kindOf(outcome);
        if (outcome.failingPrerequisites().isEmpty()) {
            return kind;
        }
        List<String> tasks = outcome.failingPrerequisites();
        String first = "fix " + String.join(" and ", tasks) + " first: " + (tasks.size() == 1 ? "its" : "their")
                + " own tests fail";
        return Optional.of(kind.map(line -> first + "; " + line).orElse(first));
    }

    private static Optional<String> kindOf(TestOutcome outcome) {
        Optional<String> todo = stubTodo(outcome.message());
        if (outcome.status() == TestStatus.NOT_STARTED && todo.isPresent()) {
            return Optional.of("not started: the code still throws the stub's " + todo.get());
        }
        Matcher nonFinite = NON_FINITE.matcher(outcome.message());
        if (nonFinite.find()) {
            return Optional.of(nonFinite.group(1).equals("result") ? "not finite: " + nonFinite.group(2)
                    : "not finite: a value the test computed is NaN or infinite (from your code, if it computed it"
                    + " with your code): " + nonFinite.group(2));
        }
        return Optional.empty();
    }
}
