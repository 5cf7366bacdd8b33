package org.dlcourse.grader.gradebook;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dlcourse.grader.term.Lateness;
import org.dlcourse.grader.term.TermFile;

/**
 * The latest grade of every student as CSV (RFC 4180, comma-separated, CRLF line ends, UTF-8), one row per student,
 * the shape LMS grade imports take: an identifier column, then one numeric column per exercise, the total and the
 * percentage. Moodle's "Import grades → CSV" maps the identifier column to the user field it matches (e.g. ID
 * number or username) and each numeric column to a grade item; Canvas and Blackboard imports map columns likewise.
 *
 * <p>A student whose latest submission was not graded (unusable, error, timeout) gets empty grade cells, which
 * imports skip instead of entering a zero, and the status column says why. The last column, {@code not_started},
 * names the exercises a graded student has not started at all (not handed in, or only the stubs' TODOs:
 * {@link NotStarted}), separated by {@code ;}, so that a 0 for not starting is told apart from a 0 for wrong code.
 *
 * <p>With a {@link TermFile}, each exercise column is followed by {@code <exercise>_late_days} (started days past
 * the student's deadline, 0 if on time) and {@code <exercise>_adjusted} (the raw score under the late policy), and
 * {@code total} by {@code total_adjusted}. The submission time is the gradebook's receipt time,
 * {@link Gradebook#receivedAt(String)}, in a {@code received_at} column after {@code graded_at}; the gradebook
 * keeps raw scores only, so a changed policy needs no regrade.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /**
     * Writes the latest grades of {@code gradebook} to {@code out}.
     *
     * @param courseExercises the course's exercise ids: a column each, even when nobody's submission was graded
     *     (an LMS import maps columns to grade items once, so they must not come and go with the data); an exercise
     *     the gradebook has and the course no longer has keeps its column too
     * @param idHeader the header of the identifier column, e.g. {@code student} or {@code ID number}
     */
    public static void write(Gradebook gradebook, List<String> courseExercises, String idHeader, Writer out)
            throws IOException {
        write(gradebook, courseExercises, idHeader, Optional.empty(), out);
    }

    /**
     * Writes the latest grades of {@code gradebook} to {@code out}, with late days and adjusted scores under
     * {@code term} if present.
     *
     * @see #write(Gradebook, List, String, Writer)
     */
    public static void write(Gradebook gradebook, List<String> courseExercises, String idHeader,
                             Optional<TermFile> term, Writer out) throws IOException {
        List<SubmissionRecord> latest = gradebook.latest();
        Map<SubmissionRecord, Map<String, ExerciseScore>> scores = new LinkedHashMap<>();
        TreeSet<String> exercises = new TreeSet<>(courseExercises);
        for (SubmissionRecord record : latest) {
            Map<String, ExerciseScore> byExercise = new LinkedHashMap<>();
            for (ExerciseScore score : gradebook.exerciseScores(record.id())) {
                byExercise.put(score.exercise(), score);
                exercises.add(score.exercise());
            }
            scores.put(record, byExercise);
        }
        List<String> header = new ArrayList<>(List.of(idHeader));
        for (String exercise : exercises) {
            header.add(exercise);
            if (term.isPresent()) {
                header.addAll(List.of(exercise + "_late_days", exercise + "_adjusted"));
            }
        }
        header.add("total");
        if (term.isPresent()) {
            header.add("total_adjusted");
        }
        header.addAll(List.of("max_total", "percent", "status", "graded_at"));
        if (term.isPresent()) {
            header.add("received_at");
        }
        header.addAll(List.of("content_hash", "not_started"));
        line(out, header);
        for (Map.Entry<SubmissionRecord, Map<String, ExerciseScore>> entry : scores.entrySet()) {
            SubmissionRecord record = entry.getKey();
            boolean graded = record.score() != null;
            List<String> row = new ArrayList<>(List.of(record.student()));
            Instant received = gradebook.receivedAt(record.student()).orElseThrow();
            double totalAdjusted = 0;
            for (String exercise : exercises) {
                ExerciseScore score = entry.getValue().get(exercise);
                row.add(score == null ? "" : Integer.toString(score.score()));
                if (term.isPresent()) {
                    if (score == null) {
                        row.addAll(List.of("", ""));
                    } else {
                        Lateness lateness = term.get().lateness(record.student(), exercise, received);
                        double adjusted = term.get().latePolicy().adjusted(score.score(), lateness);
                        totalAdjusted += adjusted;
                        row.addAll(List.of(Long.toString(lateness.startedDays()), points(adjusted)));
                    }
                }
            }
            row.add(graded ? Integer.toString(record.score()) : "");
            if (term.isPresent()) {
                row.add(graded ? points(totalAdjusted) : "");
            }
            row.add(graded ? Integer.toString(record.maxScore()) : "");
            row.add(graded && record.maxScore() > 0
                    ? String.format(Locale.ROOT, "%.2f", 100.0 * record.score() / record.maxScore()) : "");
            row.add(record.status().label());
            row.add(record.gradedAt().toString());
            if (term.isPresent()) {
                row.add(received.toString());
            }
            row.add(record.contentHash());
            row.add(graded ? String.join(";", NotStarted.of(gradebook.exerciseScores(record.id()))
                    .exercises(gradebook.testResults(record.id()))) : "");
            line(out, row);
        }
        out.flush();
    }

    /** Points with two decimals, as an adjusted score may have a fraction. */
    private static String points(double points) {
        return String.format(Locale.ROOT, "%.2f", points);
    }

    static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** The cell as RFC 4180 writes it: quoted when it holds a comma, quote or line break, quotes doubled. */
    static String quoted(String cell) {
        // A leading =, +, - or @ would be a formula in a spreadsheet: prefix a quote (OWASP CSV injection).
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")
                ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
