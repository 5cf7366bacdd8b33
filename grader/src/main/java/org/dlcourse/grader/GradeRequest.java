package org.dlcourse.grader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dlcourse.grader.course.Suite;

/**
 * What to grade and how.
 *
 * @param submission a directory of exercise modules laid out like {@code exercises/}: {@code <id>/src/main/java}
 * @param exercises the ids of the exercises to grade; empty for all of the course's
 * @param suites the test suites to run: both to grade, {@link Suite#PUBLIC} alone for a self-check
 * @param seeds the property seed of each exercise ({@link SeedAssignment#DEFAULT}: each property's own)
 * @param backend the ND4J backend the tests must run on, {@code cpu} or {@code cuda}
 * @param testBudget overrides every exercise's per-test budget, or null
 * @param exerciseBudget overrides every exercise's budget, or null
 * @param sandboxed whether code that is not the course's own runs in the sandbox (the default); false only for code
 *     the instructor trusts ({@code --no-sandbox}), which the report then says
 * @param replays counterexamples to replay alone, each {@code Class#method:arguments} as a failure reported it
 *     ({@code -Ddlcourse.replay}): each named property runs once on exactly its arguments, the others as usual
 */
public record GradeRequest(Path submission, List<String> exercises, Set<Suite> suites, SeedAssignment seeds,
                           String backend, Duration testBudget, Duration exerciseBudget, boolean sandboxed,
                           List<String> replays) {

    /** Checks and copies the components. */
    public GradeRequest {
        Objects.requireNonNull(submission, "submission");
        exercises = List.copyOf(exercises);
        suites = Set.copyOf(suites);
        if (suites.isEmpty()) {
            throw new IllegalArgumentException("at least one test suite must run");
        }
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(backend, "backend");
        replays = List.copyOf(replays);
    }

    /** Grades every exercise of {@code submission} with both suites, the default seeds, on the CPU. */
    public static GradeRequest of(Path submission) {
        return new GradeRequest(submission, List.of(), Set.of(Suite.PUBLIC, Suite.HIDDEN), SeedAssignment.DEFAULT, "cpu",
                null, null, true, List.of());
    }

    /** This request restricted to {@code ids}. */
    public GradeRequest withExercises(List<String> ids) {
        return new GradeRequest(submission, ids, suites, seeds, backend, testBudget, exerciseBudget, sandboxed, replays);
    }

    /** This request with the property seed {@code value} for every exercise (null: each property's own). */
    public GradeRequest withSeed(Long value) {
        return withSeeds(SeedAssignment.of(value));
    }

    /** This request with {@code assignment}'s property seeds. */
    public GradeRequest withSeeds(SeedAssignment assignment) {
        return new GradeRequest(submission, exercises, suites, assignment, backend, testBudget, exerciseBudget,
                sandboxed, replays);
    }

    /** This request replaying {@code counterexamples} alone, each {@code Class#method:arguments}. */
    public GradeRequest withReplays(List<String> counterexamples) {
        return new GradeRequest(submission, exercises, suites, seeds, backend, testBudget, exerciseBudget, sandboxed,
                counterexamples);
    }

    /** This request running {@code which} suites. */
    public GradeRequest withSuites(Set<Suite> which) {
        return new GradeRequest(submission, exercises, which, seeds, backend, testBudget, exerciseBudget, sandboxed, replays);
    }

    /** This request on {@code name} backend. */
    public GradeRequest withBackend(String name) {
        return new GradeRequest(submission, exercises, suites, seeds, name, testBudget, exerciseBudget, sandboxed, replays);
    }

    /** This request with other time budgets (null keeps the exercise's). */
    public GradeRequest withBudgets(Duration test, Duration exercise) {
        return new GradeRequest(submission, exercises, suites, seeds, backend, test, exercise, sandboxed, replays);
    }

    /** This request with the sandbox required ({@code true}) or not used at all ({@code false}, trusted code only). */
    public GradeRequest withSandbox(boolean required) {
        return new GradeRequest(submission, exercises, suites, seeds, backend, testBudget, exerciseBudget, required, replays);
    }

    /** {@code public+hidden} or {@code public}: what the report says ran. */
    public String suitesLabel() {
        return suites.contains(Suite.HIDDEN) ? (suites.contains(Suite.PUBLIC) ? "public+hidden" : "hidden") : "public";
    }
}
