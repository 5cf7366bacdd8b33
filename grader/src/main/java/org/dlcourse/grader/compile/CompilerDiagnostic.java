package org.dlcourse.grader.compile;

import java.util.Objects;

/**
 * A compiler error, located in the submission.
 *
 * @param file the source file relative to the submission, e.g. {@code 01-softmax/src/main/java/org/dlcourse/softmax/Softmax.java}
 * @param line the line, from 1; 0 when the error has no position
 * @param column the column, from 1; 0 when the error has no position
 * @param message the compiler's message
 */
public record CompilerDiagnostic(String file, long line, long column, String message) {

    /** Checks the components. */
    public CompilerDiagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
