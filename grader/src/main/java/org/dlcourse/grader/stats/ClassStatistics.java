package org.dlcourse.grader.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dlcourse.grader.gradebook.ExerciseScore;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.gradebook.SubmissionRecord;
import org.dlcourse.grader.gradebook.TestResult;

/**
 * Statistics of a class: every student's latest submission counts once.
 *
 * @param students students in the gradebook
 * @param graded students whose latest submission was graded (the others were unusable, error or timeout)
 * @param exercises per exercise, ordered by id
 */
public record ClassStatistics(int students, int graded, List<ExerciseStatistics> exercises) {

    /** Copies the list. */
    public ClassStatistics {
        exercises = List.copyOf(exercises);
    }

    /** The statistics of {@code gradebook}'s latest submissions. */
    public static ClassStatistics of(Gradebook gradebook) {
        List<SubmissionRecord> latest = gradebook.latest();
        Map<String, List<Integer>> scores = new TreeMap<>();
        Map<String, Integer> maxima = new TreeMap<>();
        Map<String, Map<String, Integer>> statuses = new TreeMap<>();
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        Map<String, TestResult> firstSeen = new LinkedHashMap<>();
        int graded = 0;
        for (SubmissionRecord record : latest) {
            if (record.score() == null) {
                continue;
            }
            graded++;
            for (ExerciseScore score : gradebook.exerciseScores(record.id())) {
                scores.computeIfAbsent(score.exercise(), id -> new ArrayList<>()).add(score.score());
                maxima.merge(score.exercise(), score.maxScore(), Math::max);
                statuses.computeIfAbsent(score.exercise(), id -> new TreeMap<>()).merge(score.status(), 1,
                        Integer::sum);
            }
            for (TestResult result : gradebook.testResults(record.id())) {
                String key = result.exercise() + "\u0000" + result.testId();
                firstSeen.putIfAbsent(key, result);
                int[] count = counts.computeIfAbsent(result.exercise(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new int[2]);
                count[0]++;
                if (result.passed()) {
                    count[1]++;
                }
            }
        }
        List<ExerciseStatistics> exercises = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : scores.entrySet()) {
            String exercise = entry.getKey();
            List<TestStatistics> tests = new ArrayList<>();
            for (Map.Entry<String, int[]> test : counts.getOrDefault(exercise, Map.of()).entrySet()) {
                TestResult seen = firstSeen.get(test.getKey());
                tests.add(new TestStatistics(exercise, seen.testId(), seen.name(), seen.suite(), seen.task(),
                        seen.hint(), test.getValue()[0], test.getValue()[1]));
            }
            exercises.add(new ExerciseStatistics(exercise, maxima.get(exercise), entry.getValue(),
                    statuses.get(exercise), tests));
        }
        return new ClassStatistics(latest.size(), graded, exercises);
    }

    /** The {@code limit} tests most often failed across the class, most failures first, then by name. */
    public List<TestStatistics> mostFailed(int limit) {
        return exercises.stream().flatMap(exercise -> exercise.tests().stream())
                .filter(test -> test.failures() > 0)
                .sorted(Comparator.comparingInt(TestStatistics::failures).reversed()
                        .thenComparing(TestStatistics::exercise).thenComparing(TestStatistics::name))
                .limit(limit).toList();
    }
}
