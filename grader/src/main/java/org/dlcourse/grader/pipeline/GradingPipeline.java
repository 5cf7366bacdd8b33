package org.dlcourse.grader.pipeline;

import java.io.IOException;
import java.util.List;
import org.dlcourse.grader.scoring.ExerciseResult;

/**
 * Runs stages in order on one exercise. The grader's order, and why, is declared in
 * {@link org.dlcourse.grader.Grader#pipeline(java.util.List)}.
 */
public final class GradingPipeline {

    private final List<Stage> stages;

    /** A pipeline of {@code stages}, run in this order; the last must score the exercise. */
    public GradingPipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The stages, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs the stages on {@code run}: each in turn until one stops the exercise, then only those that run after a
     * stop. Whatever a stage handed on and no later stage took is closed at the end.
     *
     * @throws IllegalStateException if no stage recorded a result
     */
    public ExerciseResult grade(ExerciseRun run) throws IOException, InterruptedException {
        try (run) {
            for (Stage stage : stages) {
                if (run.stopStatus().isEmpty() || stage.runsAfterStop()) {
                    stage.run(run);
                }
            }
        }
        return run.result().orElseThrow(() -> new IllegalStateException("no stage scored " + run.exercise().id()));
    }
}
