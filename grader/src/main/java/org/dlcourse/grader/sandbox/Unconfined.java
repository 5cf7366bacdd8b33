package org.dlcourse.grader.sandbox;

import java.util.List;

/**
 * No sandbox: the command runs as it is. Only for code the grader can trust, and each use says why in the report.
 *
 * @param description why no sandbox is used
 */
public record Unconfined(String description) implements Sandbox {

    /** The course's own reference solutions or stubs, byte for byte ({@link TrustedSources}). */
    public static final Unconfined COURSE_SOURCES = new Unconfined("none: the sources are the course's own"
            + " (byte-identical to its reference solutions or stubs)");
    /** The instructor passed {@code --no-sandbox}. */
    public static final Unconfined BY_REQUEST = new Unconfined("none: --no-sandbox (for trusted code only)");

    @Override
    public List<String> confine(Confinement confinement, List<String> command) {
        return List.copyOf(command);
    }

    @Override
    public boolean isolates() {
        return false;
    }
}
