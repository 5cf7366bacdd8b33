package org.dlcourse.grader.compile;

import java.util.List;

/**
 * What the {@link CompilerProcess} says about a {@link CompileJob}, one JSON line each: that it started, and then
 * how it finished.
 *
 * @param id the exercise
 * @param finished false for the line that says the job started
 * @param compiled whether the sources compiled
 * @param errors the compiler's errors, or the one error that stopped the compiler itself
 */
public record CompileReport(String id, boolean finished, boolean compiled, List<Error> errors) {

    /** Copies the list. */
    public CompileReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One compile error.
     *
     * @param source the absolute path of the source, or null if the error has none
     * @param line the line, from 1; 0 for none
     * @param column the column, from 1; 0 for none
     * @param message the message
     */
    public record Error(String source, long line, long column, String message) {
    }
}
