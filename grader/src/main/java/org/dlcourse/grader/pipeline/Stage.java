package org.dlcourse.grader.pipeline;

import java.io.IOException;

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

    /** Whether this step runs even after an earlier one stopped the exercise; only scoring does. */
    default boolean runsAfterStop() {
        return false;
    }
}
