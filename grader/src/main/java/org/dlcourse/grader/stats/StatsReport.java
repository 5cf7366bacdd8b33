package org.dlcourse.grader.stats;

import java.util.Locale;

/** The class statistics as Markdown: a summary per exercise, every test's pass rate, the most failed tests. */
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
        text.append("\n## Most failed tests\n\n| exercise | test | task | failed | hint |\n|---|---|---|---:|---|\n");
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
            text.append("| test | suite | task | passed |\n|---|---|---|---:|\n");
            for (TestStatistics test : exercise.tests()) {
                text.append(String.format(Locale.ROOT, "| %s | %s | %s | %d of %d (%.0f%%) |%n", cell(test.name()),
                        test.suite(), cell(test.task()), test.passes(), test.attempts(), 100 * test.passRate()));
            }
        }
        return text.toString();
    }

    private static String cell(String value) {
        return value.replace("|", "\\|").replace("\n", " ");
    }
}
