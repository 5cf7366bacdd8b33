package org.dlcourse.grader.gradebook;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a regrade changed, read from the gradebook before the new grades are published: for each student, two of
 * their gradings (by default the last two) compared test by test (tests matched by their JUnit unique id), as CSV
 * or as a readable table.
 */
public final class GradeChanges {

    private GradeChanges() {
    }

    /**
     * Each student's change between grading {@code from} and grading {@code to} (1 for a student's first grading;
     * null {@code to} for their latest, null {@code from} for the one before {@code to}), for the students who have
     * both, ordered by student id.
     */
    public static List<GradingChange> between(Gradebook gradebook, Integer from, Integer to) {
        List<GradingChange> changes = new ArrayList<>();
        for (SubmissionRecord latest : gradebook.latest()) {
            List<SubmissionRecord> history = gradebook.history(latest.student());
            int newer = to != null ? to : history.size();
            int older = from != null ? from : newer - 1;
            if (older < 1 || newer > history.size() || older >= newer) {
                continue;
            }
            changes.add(compare(gradebook, latest.student(), history.get(older - 1), older,
                    history.get(newer - 1), newer));
        }
        return changes;
    }

    private static GradingChange compare(Gradebook gradebook, String student, SubmissionRecord older, int olderNumber,
                                         SubmissionRecord newer, int newerNumber) {
        Map<String, TestResult> before = new LinkedHashMap<>();
        for (TestResult result : gradebook.testResults(older.id())) {
            before.put(result.testId(), result);
        }
        List<TestChange> tests = new ArrayList<>();
        for (TestResult now : gradebook.testResults(newer.id())) {
            Optional<TestResult> then = Optional.ofNullable(before.remove(now.testId()));
            if (then.isEmpty() || !then.get().status().equals(now.status()) || then.get().score() != now.score()) {
                tests.add(new TestChange(now.exercise(), now.name(), then.map(TestResult::status).orElse(""),
                        then.map(TestResult::score).orElse(null), now.status(), now.score(), now.maxScore()));
            }
        }
        for (TestResult gone : before.values()) {
            tests.add(new TestChange(gone.exercise(), gone.name(), gone.status(), gone.score(), "", null,
                    gone.maxScore()));
        }
        return new GradingChange(student, older, olderNumber, newer, newerNumber, tests);
    }

    /**
     * The changes as CSV (RFC 4180, as {@link CsvExport}): a row per changed test, and a {@code (grade)} row per
     * student whose status or total changed; columns student, from, to, changed (what the grading depended on),
     * exercise, test, old_status, old_score, new_status, new_score, max_score, delta.
     */
    public static void writeCsv(List<GradingChange> changes, Writer out) throws IOException {
        CsvExport.line(out, List.of("student", "from", "to", "changed", "exercise", "test", "old_status",
                "old_score", "new_status", "new_score", "max_score", "delta"));
        for (GradingChange change : changes) {
            if (!change.changed()) {
                continue;
            }
            List<String> prefix = List.of(change.student(), Integer.toString(change.olderGeneration()),
                    Integer.toString(change.newerGeneration()), causes(change));
            SubmissionRecord older = change.older();
            SubmissionRecord newer = change.newer();
            if (older.status() != newer.status() || !Objects.equals(older.score(), newer.score())) {
                List<String> row = new ArrayList<>(prefix);
                row.addAll(List.of("", "(grade)", older.status().label(), text(older.score()),
                        newer.status().label(), text(newer.score()),
                        text(newer.maxScore() != null ? newer.maxScore() : older.maxScore()),
                        Integer.toString(change.delta())));
                CsvExport.line(out, row);
            }
            for (TestChange test : change.tests()) {
                List<String> row = new ArrayList<>(prefix);
                row.addAll(List.of(test.exercise(), test.test(), test.oldStatus(), text(test.oldScore()),
                        test.newStatus(), text(test.newScore()), Integer.toString(test.maxScore()),
                        Integer.toString(test.delta())));
                CsvExport.line(out, row);
            }
        }
        out.flush();
    }

    /**
     * The changes as a table to read: a line per student whose grade or tests changed (the gradings compared, what
     * changed between them, old and new grade), under it a line per changed test, and a last line counting the
     * students.
     */
    public static void writeTable(List<GradingChange> changes, Writer out) throws IOException {
        int changed = 0;
        int up = 0;
        int down = 0;
        for (GradingChange change : changes) {
            if (!change.changed()) {
                continue;
            }
            changed++;
            up += change.delta() > 0 ? 1 : 0;
            down += change.delta() < 0 ? 1 : 0;
            out.write(change.student() + "  grading " + change.olderGeneration() + " -> " + change.newerGeneration()
                    + " (" + causes(change) + ")  " + GradingChange.grade(change.older()) + " -> "
                    + GradingChange.grade(change.newer()) + signed(change.delta()) + "\n");
            for (TestChange test : change.tests()) {
                out.write("    " + test.exercise() + "  " + test.test() + "  " + side(test.oldStatus(),
                        test.oldScore(), test.maxScore()) + " -> " + side(test.newStatus(), test.newScore(),
                        test.maxScore()) + "\n");
            }
        }
        out.write("grader: " + changed + " of " + changes.size() + " students changed between the gradings compared (" + up + " up, "
                + down + " down, " + (changed - up - down) + " same total)\n");
        out.flush();
    }

    /** What the newer grading's key changed, e.g. {@code sources, seed}, or {@code same key}. */
    private static String causes(GradingChange change) {
        List<String> causes = change.newer().key().changesSince(change.older().key());
        return causes.isEmpty() ? "same key" : String.join(", ", causes);
    }

    private static String side(String status, Integer score, int max) {
        return status.isEmpty() ? "absent" : status + " " + score + "/" + max;
    }

    private static String signed(int delta) {
        return delta == 0 ? "" : " (" + (delta > 0 ? "+" : "") + delta + ")";
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
