package org.dlcourse.grader.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.course.ExerciseBundle;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.kit.grading.ExerciseDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code grader list}: the exercises, their tasks and the points of each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the exercises with their tasks and points (summed from the tests' @Graded).",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.INTERNAL_LINE})
final class ListCommand implements Callable<Integer> {

    private static final String NO_TASK = "(no task)";

    @Spec
    private CommandSpec spec;

    @Mixin
    private CourseOption course;

    @Override
    public Integer call() {
        Grader grader = new Grader(course.load());
        PrintWriter out = spec.commandLine().getOut();
        for (ExerciseBundle bundle : grader.course().exercises()) {
            List<GradedTest> tests = grader.plan(bundle, Set.of(Suite.PUBLIC, Suite.HIDDEN));
            int publicPoints = points(tests, Suite.PUBLIC);
            int hiddenPoints = points(tests, Suite.HIDDEN);
            out.printf(Locale.ROOT, "%s  %s  (%d points: %d public, %d hidden; %d tests)%n", bundle.id(),
                    bundle.exercise().title(), publicPoints + hiddenPoints, publicPoints, hiddenPoints, tests.size());
            Map<String, Integer> byTask = new LinkedHashMap<>();
            bundle.exercise().tasks().forEach(task -> byTask.put(task.id(), 0));
            for (GradedTest test : tests) {
                byTask.merge(test.task().isEmpty() ? NO_TASK : test.task(), test.points(), Integer::sum);
            }
            for (Map.Entry<String, Integer> task : byTask.entrySet()) {
                String title = bundle.exercise().tasks().stream().filter(t -> t.id().equals(task.getKey()))
                        .map(ExerciseDescriptor.Task::title).findFirst().orElse("");
                out.printf(Locale.ROOT, "  %-16s %3d points  %s%n", task.getKey(), task.getValue(), title);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static int points(List<GradedTest> tests, Suite suite) {
        return tests.stream().filter(test -> test.suite() == suite).mapToInt(GradedTest::points).sum();
    }
}
