package org.dlcourse.grader.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dlcourse.grader.gradebook.ExerciseScore;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.gradebook.NotStarted;
import org.dlcourse.grader.gradebook.SubmissionRecord;
import org.dlcourse.grader.gradebook.TestResult;

/**
 * Statistics of a class: every student's latest submission counts once. A test or task a student has not started
 * (the stub's TODO still thrown, or the exercise not handed in: status {@code missing}) is counted as not started,
 * never as failed, so that what the class finds hard is not buried under what it has not begun.
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
        // Per exercise, per task: tests, started, mastered, not started.
        Map<String, Map<String, int[]>> tasks = new TreeMap<>();
        int graded = 0;
        for (SubmissionRecord record : latest) {
            if (record.score() == null) {
                continue;
            }
            graded++;
            List<ExerciseScore> exerciseScores = gradebook.exerciseScores(record.id());
            NotStarted notStarted = NotStarted.of(exerciseScores);
            for (ExerciseScore score : exerciseScores) {
                scores.computeIfAbsent(score.exercise(), id -> new ArrayList<>()).add(score.score());
                maxima.merge(score.exercise(), score.maxScore(), Math::max);
                statuses.computeIfAbsent(score.exercise(), id -> new TreeMap<>()).merge(score.status(), 1,
                        Integer::sum);
            }
            // Per task of this submission: tests, tests started, tests passed.
            Map<String, Map<String, int[]>> ownTasks = new TreeMap<>();
            for (TestResult result : gradebook.testResults(record.id())) {
                String key = result.exercise() + "\u0000" + result.testId();
                firstSeen.putIfAbsent(key, result);
                boolean started = !notStarted.test(result);
                int[] count = counts.computeIfAbsent(result.exercise(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new int[3]);
                int[] task = ownTasks.computeIfAbsent(result.exercise(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(result.task(), k -> new int[3]);
                task[0]++;
                if (!started) {
                    count[2]++;
                    continue;
                }
                count[0]++;
                task[1]++;
                if (result.passed()) {
                    count[1]++;
                    task[2]++;
                }
            }
            ownTasks.forEach((exercise, byTask) -> byTask.forEach((task, own) -> {
                int[] total = tasks.computeIfAbsent(exercise, id -> new LinkedHashMap<>())
                        .computeIfAbsent(task, k -> new int[4]);
                total[0] = Math.max(total[0], own[0]);
                if (own[1] == 0) {
                    total[3]++;
                } else {
                    total[1]++;
                    if (own[2] == own[0]) {
                        total[2]++;
                    }
                }
            }));
        }
        List<ExerciseStatistics> exercises = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : scores.entrySet()) {
            String exercise = entry.getKey();
            List<TestStatistics> tests = new ArrayList<>();
            for (Map.Entry<String, int[]> test : counts.getOrDefault(exercise, Map.of()).entrySet()) {
                TestResult seen = firstSeen.get(test.getKey());
                tests.add(new TestStatistics(exercise, seen.testId(), seen.name(), seen.suite(), seen.task(),
                        seen.hint(), test.getValue()[0], test.getValue()[1], test.getValue()[2]));
            }
            List<TaskStatistics> taskStatistics = new ArrayList<>();
            tasks.getOrDefault(exercise, Map.of()).forEach((task, total) -> taskStatistics.add(
                    new TaskStatistics(exercise, task, total[0], total[1], total[2], total[3])));
            exercises.add(new ExerciseStatistics(exercise, maxima.get(exercise), entry.getValue(),
                    statuses.get(exercise), tests, taskStatistics));
        }
        return new ClassStatistics(latest.size(), graded, exercises);
    }

    /**
     * The {@code limit} tests most often failed by the students who started them, most failures first, then by
     * name; not started is not failed.
     */
    public List<TestStatistics> mostFailed(int limit) {
        return exercises.stream().flatMap(exercise -> exercise.tests().stream())
                .filter(test -> test.failures() > 0)
                .sorted(Comparator.comparingInt(TestStatistics::failures).reversed()
                        .thenComparing(TestStatistics::exercise).thenComparing(TestStatistics::name))
                .limit(limit).toList();
    }
}
