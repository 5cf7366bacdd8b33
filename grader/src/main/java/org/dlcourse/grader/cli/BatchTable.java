package org.dlcourse.grader.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dlcourse.grader.batch.BatchOutcome;
import org.dlcourse.grader.batch.BatchStatus;
import org.dlcourse.grader.batch.BatchSummary;
import org.dlcourse.grader.batch.Submission;

/**
 * The table a batch ends with, one row per student of the shard: score, status, time, and why a submission was not
 * graded; then one line whose counts add up to the rows.
 */
final class BatchTable {

    private BatchTable() {
    }

    /** Writes {@code summary}'s table and its totals line, naming {@code gradebook}, to {@code out}. */
    static void write(BatchSummary summary, String gradebook, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        for (BatchOutcome outcome : summary.outcomes()) {
            rows.add(new String[] {outcome.submission().student(),
                outcome.graded().map(report -> report.score().toString()).orElse("-"), outcome.status().label(),
                String.format(Locale.ROOT, "%.1f s", outcome.elapsed().toMillis() / 1000.0), outcome.message()});
        }
        for (Submission skipped : summary.skipped()) {
            rows.add(new String[] {skipped.student(), "-", "unchanged", "-", "graded before, kept"});
        }
        rows.sort(Comparator.comparing(row -> row[0]));
        rows.add(0, new String[] {"student", "score", "status", "time", "note"});
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[column] + "s  ", row[column]));
            }
            out.println((line + row[4]).stripTrailing());
        }
        out.println("grader: " + (summary.outcomes().size() + summary.skipped().size()) + " submissions in "
                + String.format(Locale.ROOT, "%.1f s", summary.elapsed().toMillis() / 1000.0) + ": "
                + summary.count(BatchStatus.GRADED) + " graded, " + summary.count(BatchStatus.UNUSABLE)
                + " unusable, " + summary.count(BatchStatus.ERROR) + " error, " + summary.count(BatchStatus.TIMEOUT)
                + " timeout, " + summary.skipped().size() + " unchanged; gradebook " + gradebook);
    }
}
