package org.dlcourse.grader.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dlcourse.grader.scoring.ExerciseResult;

/**
 * Runs stages in order on the exercises of one submission: each stage on every exercise before the next stage, so
 * that a stage can serve several exercises at once (one test JVM for all of them). The grader's order, and why, is
 * declared in {@link org.dlcourse.grader.Grader#pipeline(java.util.List)}.
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
     * Runs the stages on {@code runs}: each stage on every exercise not stopped yet, and then only the stages that
     * run after a stop on those stopped. Whatever a stage handed on and no later stage took is closed at the end.
     *
     * @return each exercise's result, in the order of {@code runs}
     * @throws IllegalStateException if no stage recorded the result of an exercise
     */
    public List<ExerciseResult> grade(List<ExerciseRun> runs) throws IOException, InterruptedException {
        try {
            for (Stage stage : stages) {
                stage.runAll(runs);
            }
        } finally {
            close(runs);
        }
        List<ExerciseResult> results = new ArrayList<>();
        for (ExerciseRun run : runs) {
            results.add(run.result().orElseThrow(() -> new IllegalStateException("no stage scored "
                    + run.exercise().id())));
        }
        return results;
    }

    private static void close(List<ExerciseRun> runs) throws IOException {
        IOException first = null;
        for (ExerciseRun run : runs) {
            try {
                run.close();
            } catch (IOException failure) {
                if (first == null) {
                    first = failure;
                } else {
                    first.addSuppressed(failure);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
