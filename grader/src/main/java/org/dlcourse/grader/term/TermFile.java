package org.dlcourse.grader.term;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A term's deadlines, its students' extensions and its late policy, as the term file states them
 * ({@link TermFileReader}; schema {@code term.schema.json} beside this class).
 *
 * @param deadlines each exercise's deadline; an exercise without one is never late
 * @param extensions the students' extensions
 * @param latePolicy what lateness costs
 */
public record TermFile(Map<String, Instant> deadlines, List<Extension> extensions, LatePolicy latePolicy) {

    /** Copies the collections. */
    public TermFile {
        deadlines = Map.copyOf(deadlines);
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(latePolicy, "latePolicy");
    }

    /**
     * {@code student}'s deadline for {@code exercise}: the term's, moved by the student's extension; of several
     * extensions that cover it, the one giving the latest deadline. Empty if the exercise has no deadline.
     */
    public Optional<Instant> deadline(String student, String exercise) {
        Instant termDeadline = deadlines.get(exercise);
        if (termDeadline == null) {
            return Optional.empty();
        }
        Instant deadline = termDeadline;
        for (Extension extension : extensions) {
            if (extension.covers(student, exercise)) {
                Instant extended = extension.extend(termDeadline);
                if (extended.isAfter(deadline)) {
                    deadline = extended;
                }
            }
        }
        return Optional.of(deadline);
    }

    /** How late {@code student}'s submission of {@code exercise} at {@code submitted} was. */
    public Lateness lateness(String student, String exercise, Instant submitted) {
        return deadline(student, exercise).map(deadline -> Lateness.of(submitted, deadline)).orElse(Lateness.ON_TIME);
    }
}
