package org.dlcourse.grader.sandbox;

import java.io.IOException;
import java.util.List;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;

/**
 * Chooses the sandbox of a grading, once its sources are copied and before any process starts: none when every
 * exercise's sources are the course's own ({@link TrustedSources}), else the run settings' sandbox, which must be
 * available: otherwise grading stops here with {@link SandboxUnavailableException}, before anything of the
 * submission ran. One choice for all exercises, since they may share a test JVM.
 */
public final class SandboxStage implements Stage {

    private static final Unconfined NOTHING_RAN = new Unconfined("none: no code of the submission ran");

    @Override
    public void run(ExerciseRun run) throws IOException {
        runAll(List.of(run));
    }

    @Override
    public void runAll(List<ExerciseRun> runs) throws IOException {
        List<ExerciseRun> due = runs.stream().filter(run -> run.stopStatus().isEmpty()).toList();
        boolean courseOwn = true;
        for (ExerciseRun run : due) {
            courseOwn &= TrustedSources.trusts(run.bundle().trustedSources(), run.sources());
        }
        Sandbox chosen = due.isEmpty() ? NOTHING_RAN
                : courseOwn ? Unconfined.COURSE_SOURCES : runs.get(0).settings().sandbox();
        if (chosen instanceof Unavailable unavailable) {
            throw unavailable.exception();
        }
        for (ExerciseRun run : runs) {
            run.sandbox(chosen);
        }
    }
}
