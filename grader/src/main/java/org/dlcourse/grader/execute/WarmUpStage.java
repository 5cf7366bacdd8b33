package org.dlcourse.grader.execute;

import java.io.IOException;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;

/**
 * Starts the exercise's first test JVM early, so that it loads ND4J (seconds) while the grader compiles and checks
 * the student's code; {@link ExecuteStage} sends it its tests once the policy has passed. An exercise stopped before
 * then closes the JVM unused.
 *
 * <p>Safe because nothing of the student's runs in it before the request: at start the student's classes directory
 * is still empty, and it comes last on the classpath, after ND4J and the runner.
 */
public final class WarmUpStage implements Stage {

    @Override
    public void run(ExerciseRun run) throws IOException {
        run.hand(TestJvm.class, ExecuteStage.launch(run, 1));
    }
}
