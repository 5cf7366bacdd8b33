package org.dlcourse.grader.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dlcourse.kit.grading.ExerciseDescriptor;

/**
 * Marks the failed tests of a task whose prerequisites fail too. A task {@linkplain ExerciseDescriptor.Task#uses()
 * uses} earlier tasks when its methods call theirs (01's gradient computes softmax(Z) with the student's softmax):
 * a bug upstream then fails the downstream tests, whose hints can only guess at downstream causes. When a used task
 * has a test that did not pass, each failed test of the using task names it first ({@link Classification#of}), so
 * the student fixes the likely cause first. Only the direct prerequisites are named; each of them names its own.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /**
     * {@code outcomes} with the failing prerequisites set on every test that failed (a not-started task is reported
     * once as such, its tests are not shown one by one). A prerequisite fails when any of its tests did not pass,
     * not started included.
     */
    public static List<TestOutcome> mark(List<ExerciseDescriptor.Task> tasks, List<TestOutcome> outcomes) {
        Set<String> failing = new HashSet<>();
        outcomes.stream().filter(outcome -> outcome.status() != TestStatus.PASSED)
                .forEach(outcome -> failing.add(outcome.test().task()));
        return outcomes.stream().map(outcome -> {
            if (outcome.status() == TestStatus.PASSED || outcome.status() == TestStatus.NOT_STARTED) {
                return outcome;
            }
            List<String> failingUsed = tasks.stream().filter(task -> task.id().equals(outcome.test().task()))
                    .flatMap(task -> task.uses().stream()).filter(failing::contains).toList();
            return failingUsed.isEmpty() ? outcome : outcome.withFailingPrerequisites(failingUsed);
        }).toList();
    }
}
