package org.dlcourse.grader.similarity;

import org.dlcourse.grader.GraderException;

/** JPlag cannot be obtained (offline with nothing cached, a bad {@code --jplag}) or cannot run on this machine. */
public final class JPlagUnavailableException extends GraderException {

    private static final long serialVersionUID = 1L;

    /** An error saying what is missing and how to get it. */
    public JPlagUnavailableException(String message) {
        super(message);
    }

    /** An error saying what is missing and how to get it, caused by {@code cause}. */
    public JPlagUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
