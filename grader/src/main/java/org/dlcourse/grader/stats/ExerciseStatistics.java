package org.dlcourse.grader.stats;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the class did on one exercise.
 *
 * @param exercise the exercise id
 * @param maxScore the points possible (the largest maximum seen)
 * @param scores every graded submission's points, ascending
 * @param statuses how many submissions ended in each exercise status, e.g. {@code graded=40, compile_error=2}
 * @param tests every test's statistics, in the order of the first report that ran it
 * @param tasks every task's statistics, in the order of the first report that ran one of its tests
 */
public record ExerciseStatistics(String exercise, int maxScore, List<Integer> scores,
                                 Map<String, Integer> statuses, List<TestStatistics> tests, List<TaskStatistics> tasks) {

    /** Copies the collections. */
    public ExerciseStatistics {
        scores = scores.stream().sorted().toList();
        statuses = Collections.unmodifiableMap(new TreeMap<>(statuses));
        tests = List.copyOf(tests);
        tasks = List.copyOf(tasks);
    }

    /** The mean score, 0 without scores. */
    public double mean() {
        return scores.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    /** The median score (the mean of the middle two for an even count), 0 without scores. */
    public double median() {
        int n = scores.size();
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? scores.get(n / 2) : (scores.get(n / 2 - 1) + scores.get(n / 2)) / 2.0;
    }

    /** How many scored full marks. */
    public long fullMarks() {
        return scores.stream().filter(score -> score == maxScore).count();
    }
}
