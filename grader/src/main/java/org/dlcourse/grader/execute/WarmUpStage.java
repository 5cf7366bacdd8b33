package org.dlcourse.grader.execute;

import java.io.IOException;
import java.util.List;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;

/**
 * Starts the first test JVM of each group of exercises that will share one ({@link JvmSettings}) early, so that it
 * loads ND4J (seconds) while the grader compiles and checks the student's code; {@link ExecuteStage} sends it its
 * tests once the policy has passed. A group whose exercises are all stopped before then closes the JVM unused.
 *
 * <p>Safe because nothing of the student's runs in it before the request: its classpath holds only the runner and
 * the course; the tests and the student's classes are loaded from the request on, by a class loader of their own.
 */
public final class WarmUpStage implements Stage {

    @Override
    public void run(ExerciseRun run) throws IOException {
        run.hand(TestJvm.class, ExecuteStage.launch(List.of(run), 1));
    }

    @Override
    public void runAll(List<ExerciseRun> runs) throws IOException {
        List<ExerciseRun> due = runs.stream().filter(run -> run.stopStatus().isEmpty()).toList();
        for (List<ExerciseRun> group : JvmSettings.groups(due)) {
            group.get(0).hand(TestJvm.class, ExecuteStage.launch(group, 1));
        }
    }
}
