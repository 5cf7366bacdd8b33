package org.dlcourse.grader.runner;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the test JVM's progress as events: the planned graded tests when the plan starts, then every node's
 * start, finish or skip, so the grader knows at each moment which test is running.
 */
final class ResultListener implements TestExecutionListener {

    private final EventLog log;
    private final Path studentClasses;
    // System.nanoTime() at each running node's start, by unique id; the platform calls one node at a time per thread.
    private final Map<String, Long> starts = new ConcurrentHashMap<>();

    ResultListener(EventLog log, Path studentClasses) {
        this.log = log;
        this.studentClasses = studentClasses;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        for (TestIdentifier unit : GradedUnits.nodes(testPlan)) {
            log.write(RunnerEvent.planned(unit.getUniqueId()));
        }
    }

    @Override
    public void executionStarted(TestIdentifier node) {
        starts.put(node.getUniqueId(), System.nanoTime());
        log.write(RunnerEvent.started(node.getUniqueId()));
    }

    @Override
    public void executionFinished(TestIdentifier node, TestExecutionResult result) {
        Long start = starts.remove(node.getUniqueId());
        long elapsed = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
        log.write(RunnerEvent.finished(node.getUniqueId(), describe(result), elapsed));
    }

    // Describing a failure runs the student's code when the exception is the student's: whatever escapes the
    // guarded reads (say, the heap running out) must cost the test its description, never the runner its run.
    private Failure describe(TestExecutionResult result) {
        try {
            return Failure.of(result, studentClasses);
        } catch (Throwable undescribable) {
            return new Failure("error", "the test's failure could not be described: describing it threw "
                    + undescribable.getClass().getName(), null, null, null);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier node, String reason) {
        log.write(RunnerEvent.skipped(node.getUniqueId(), reason));
    }
}
