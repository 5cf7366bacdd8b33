package org.dlcourse.grader.execute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.runner.ForkedTestRunner;

/**
 * What makes two exercises' test JVMs alike: the heap and the off-heap memory they start with, and the property
 * seed. Exercises with equal settings can share one JVM and see exactly the limits and seed each would have had
 * alone; the rest of the command line (locale, collector) is the same for every exercise of a grading run, and an
 * exercise that does not use ND4J runs alike whether or not the JVM loaded it. The seed differs between exercises
 * only with per-student variants, whose exercises then each get JVMs of their own.
 *
 * @param heapMegabytes the Java heap ({@code -Xmx})
 * @param offHeapMegabytes JavaCPP's limit on ND4J's off-heap memory
 * @param seed the property seed ({@code -Ddlcourse.seed}), or null for each property's own
 */
record JvmSettings(int heapMegabytes, int offHeapMegabytes, Long seed) {

    /** The settings of {@code run}'s test JVM. */
    static JvmSettings of(ExerciseRun run) {
        return new JvmSettings(run.exercise().limits().heapMegabytes(), run.exercise().limits().offHeapMegabytes(),
                run.settings().seed());
    }

    /** {@code runs} grouped by their settings: groups in the order of their first exercise, exercises in order. */
    static List<List<ExerciseRun>> groups(List<ExerciseRun> runs) {
        Map<JvmSettings, List<ExerciseRun>> groups = new LinkedHashMap<>();
        for (ExerciseRun run : runs) {
            groups.computeIfAbsent(of(run), settings -> new ArrayList<>()).add(run);
        }
        return List.copyOf(groups.values());
    }

    /**
     * The backend a JVM serving {@code runs} loads: the grading run's if any of them uses ND4J, else
     * {@link ForkedTestRunner#NO_BACKEND}.
     */
    static String backend(List<ExerciseRun> runs) {
        return runs.stream().filter(run -> run.exercise().usesNd4j()).findFirst()
                .map(run -> run.settings().backend()).orElse(ForkedTestRunner.NO_BACKEND);
    }
}
