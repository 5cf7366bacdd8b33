package org.dlcourse.grader.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.dlcourse.grader.batch.BatchListener;
import org.dlcourse.grader.batch.BatchOutcome;
import org.dlcourse.grader.batch.Submission;

/**
 * The batch's progress: on a terminal one redrawn line with a bar, the count, the rate and the ETA; elsewhere (CI
 * logs, files) one plain line per finished submission.
 */
final class BatchProgress implements BatchListener {

    /** How progress is shown. */
    enum Mode { auto, bar, plain }

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean bar;
    private Instant start = Instant.now();
    private int graded;

    BatchProgress(PrintWriter out, boolean bar) {
        this.out = out;
        this.bar = bar;
    }

    /** A bar when the mode says so, or in {@code auto} when standard output is a terminal and not in CI. */
    static boolean barFor(Mode mode) {
        return switch (mode) {
            case bar -> true;
            case plain -> false;
            case auto -> System.console() != null && System.getenv("CI") == null;
        };
    }

    @Override
    public void started(int total) {
        start = Instant.now();
        out.println("grader: batch of " + total + " submission" + (total == 1 ? "" : "s"));
        out.flush();
    }

    @Override
    public void skipped(Submission submission, int done, int total) {
        if (bar) {
            draw(done, total, submission.student() + " unchanged");
        } else {
            out.println(String.format(Locale.ROOT, "[%d/%d] %s: unchanged, skipped", done, total,
                    submission.student()));
            out.flush();
        }
    }

    @Override
    public void finished(BatchOutcome outcome, int done, int total) {
        graded++;
        String line = outcome.submission().student() + ": " + outcome.summary();
        if (bar) {
            draw(done, total, line);
        } else {
            String why = outcome.message().isEmpty() ? "" : " (" + outcome.message() + ")";
            out.println(String.format(Locale.ROOT, "[%d/%d] %s %s in %.1f s%s", done, total,
                    outcome.submission().student(), outcome.summary(), outcome.elapsed().toMillis() / 1000.0, why));
            out.flush();
        }
    }

    private void draw(int done, int total, String last) {
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        double minutes = Duration.between(start, Instant.now()).toMillis() / 60_000.0;
        double rate = minutes > 0 ? graded / minutes : 0;
        String eta = graded == 0 || done >= total ? "--:--" : clock((total - done) / rate);
        out.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d  %.1f/min  ETA %s  %-40.40s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, rate, eta, last));
        if (done >= total) {
            out.println();
        }
        out.flush();
    }

    private static String clock(double minutes) {
        long seconds = Math.round(minutes * 60);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
