package org.dlcourse.kit.backend;

/**
 * ND4J cannot run on the requested backend: it failed to initialize, or it loaded another backend.
 *
 * <p>Unchecked because no course program can recover from it: the only sensible reaction is to stop and show
 * {@link #getMessage()}, a single line that says which backend was requested or found, the root cause and
 * what to do, as {@link BackendReport} and the grader do at the top level.
 */
public final class BackendUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with the one-line explanation {@code message} and the original failure, if any. */
    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
