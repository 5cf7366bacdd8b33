package org.dlcourse.grader.stubs;

import org.dlcourse.grader.GraderException;

/** A solution's regions are malformed: unterminated, nested, unopened or mistyped; the message says file:line. */
public final class StubRegionException extends GraderException {

    private static final long serialVersionUID = 1L;

    /** An error at {@code file:line}. */
    public StubRegionException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
