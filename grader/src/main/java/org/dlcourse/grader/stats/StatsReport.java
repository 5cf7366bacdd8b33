package org.dlcourse.grader.stats;

import java.util.Locale;

/**
 * The class statistics as Markdown: a summary per exercise, the most failed tests, then per exercise each task's and
 * each test's pass rate among the students who started it, and how many had not started it.
 */
public final class StatsReport {

    private StatsReport() {
    }

    /** The Markdown document; {@code figures} names the PNGs beside it, or is false when none were written. */
    public static String markdown(ClassStatistics statistics, boolean figures) {
        StringBuilder text = new StringBuilder();
        text.append("# Class statistics\n\n");
        text.append(statistics.students()).append(" students; ").append(statistics.graded())
                .append(" with a graded latest submission (the others were unusable, error or timeout).\n\n");
        text.append("| exercise | max | mean | median | full marks | statuses |\n");
        text.append("|---|---:|---:|---:|---:|---|\n");
        for (ExerciseStatistics exercise : statistics.exercises()) {
            text.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %d of %d | %s |%n", exercise.exercise(),
                    exercise.maxScore(), exercise.mean(), exercise.median(), exercise.fullMarks(),
                    exercise.scores().size(), exercise.statuses().toString().replaceAll("[{}]", "")));
        }
        text.append("\n## Most failed tests\n\nAmong the students who started the part a test grades; not started is"
                + " counted apart.\n\n| exercise | test | task | failed | hint |\n|---|---|---|---:|---|\n");
        for (TestStatistics test : statistics.mostFailed(15)) {
            text.append(String.format(Locale.ROOT, "| %s | %s | %s | %d of %d | %s |%n", test.exercise(),
                    cell(test.name()), cell(test.task()), test.failures(), test.attempts(), cell(test.hint())));
        }
        for (ExerciseStatistics exercise : statistics.exercises()) {
            text.append("\n## ").append(exercise.exercise()).append("\n\n");
            if (figures) {
                text.append("![scores](").append(exercise.exercise()).append("-scores.png)\n");
                if (!exercise.tests().isEmpty()) {
                    text.append("![pass rates](").append(exercise.exercise()).append("-tests.png)\n");
                }
                text.append('\n');
            }
            text.append("| task | tests | passed all its tests | not started |\n|---|---:|---:|---:|\n");
            for (TaskStatistics task : exercise.tasks()) {
                text.append(String.format(Locale.ROOT, "| %s | %d | %d of %d (%.0f%%) | %d |%n", cell(task.task()),
                        task.tests(), task.mastered(), task.started(), 100 * task.passRate(), task.notStarted()));
            }
            text.append("\n| test | suite | task | passed | not started |\n|---|---|---|---:|---:|\n");
            for (TestStatistics test : exercise.tests()) {
                text.append(String.format(Locale.ROOT, "| %s | %s | %s | %d of %d (%.0f%%) | %d |%n",
                        cell(test.name()), test.suite(), cell(test.task()), test.passes(), test.attempts(),
                        100 * test.passRate(), test.notStarted()));
            }
        }
        return text.toString();
    }

    private static String cell(String value) {
        return value.replace("|", "\\|").replace("\n", " ");
    }
}
