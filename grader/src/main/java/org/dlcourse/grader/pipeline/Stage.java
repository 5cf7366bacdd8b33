package org.dlcourse.grader.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One step of grading an exercise. */
public interface Stage {

    /**
     * Runs this step on {@code run}; a step that fails the exercise (a compile error, a policy violation) records
     * why with {@link ExerciseRun#stop}, and the following steps are skipped except those that
     * {@linkplain #runsAfterStop() run after a stop}.
     *
     * @throws IOException if the workspace cannot be read or written
     * @throws InterruptedException if grading is interrupted
     */
    void run(ExerciseRun run) throws IOException, InterruptedException;

    /**
     * Runs this step on every exercise of a submission, in order: {@link #run} on each that is not stopped (or on
     * each, if this step {@linkplain #runsAfterStop() runs after a stop}), each exercise charged the time spent on
     * it. A step that serves several exercises at once (one test JVM for all, say) overrides this and charges each
     * exercise its share.
     *
     * @param runs the submission's exercises, stopped ones included
     */
    default void runAll(List<ExerciseRun> runs) throws IOException, InterruptedException {
        for (ExerciseRun run : runs) {
            if (run.stopStatus().isEmpty() || runsAfterStop()) {
                Instant start = Instant.now();
                run(run);
                run.spend(Duration.between(start, Instant.now()));
            }
        }
    }

    /** Whether this step runs even after an earlier one stopped the exercise; only scoring does. */
    default boolean runsAfterStop() {
        return false;
    }
}
