package org.dlcourse.grader.scoring;

import java.util.List;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;

/**
 * Assembles the exercise's result: the status, the diagnostics or violations, and every planned test's outcome.
 * It also runs after a stop, so that an exercise that did not compile or broke the policy still lists its tests,
 * each worth 0 of its points, and its maximum. A test that failed on the stub's TODO becomes
 * {@link TestStatus#NOT_STARTED} ({@link Classification}); a failed test whose task uses a failing task names it
 * ({@link Prerequisites}).
 */
public final class ScoreStage implements Stage {

    @Override
    public void run(ExerciseRun run) {
        ExerciseStatus status;
        String message;
        List<TestOutcome> tests;
        if (run.stopStatus().isPresent()) {
            status = run.stopStatus().get();
            message = run.stopMessage();
            String notRun = "not run: " + switch (status) {
                case COMPILE_ERROR -> "the exercise does not compile";
                case POLICY_VIOLATION -> "the exercise breaks the policy";
                case MISSING -> "the submission has no sources for this exercise";
                default -> message;
            };
            tests = run.planned().stream().map(test -> TestOutcome.of(test, TestStatus.ERROR, notRun)).toList();
        } else {
            status = run.executionStatus();
            message = run.executionMessage();
            tests = Prerequisites.mark(run.exercise().tasks(),
                    run.outcomes().stream().map(Classification::notStartedIfStub).toList());
        }
        run.result(new ExerciseResult(run.exercise(), status, message, run.diagnostics(), run.violations(), tests,
                run.elapsed(), run.settings().seed()));
    }

    @Override
    public boolean runsAfterStop() {
        return true;
    }
}
