package org.dlcourse.grader.similarity;

import java.util.Locale;

/**
 * A run of tokens JPlag found in both submissions of a pair, as the file and lines it covers on each side.
 *
 * @param firstFile the file of the first student, relative to the exercise's {@code src/main/java}
 * @param firstStart its first line
 * @param firstEnd its last line
 * @param secondFile the file of the second student
 * @param secondStart its first line
 * @param secondEnd its last line
 * @param tokens the length of the run, in JPlag's tokens
 */
public record MatchedRegion(String firstFile, int firstStart, int firstEnd, String secondFile, int secondStart,
        int secondEnd, int tokens) {

    /** The same region seen from the other student. */
    MatchedRegion swapped() {
        return new MatchedRegion(secondFile, secondStart, secondEnd, firstFile, firstStart, firstEnd, tokens);
    }

    /** {@code file:first-last} on the first student's side. */
    public String firstLocation() {
        return String.format(Locale.ROOT, "%s:%d-%d", firstFile, firstStart, firstEnd);
    }

    /** {@code file:first-last} on the second student's side. */
    public String secondLocation() {
        return String.format(Locale.ROOT, "%s:%d-%d", secondFile, secondStart, secondEnd);
    }
}
