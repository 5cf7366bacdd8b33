package org.dlcourse.grader.sandbox;

import org.dlcourse.grader.GraderException;

/**
 * Untrusted code is to be graded and the sandbox cannot be created: the machine's fault, never the student's, and
 * nothing was graded. The message says how to enable it.
 */
public final class SandboxUnavailableException extends GraderException {

    private static final long serialVersionUID = 1L;

    /** The sandbox is unavailable for {@code reason}; the message adds how to enable it. */
    public SandboxUnavailableException(String reason) {
        super("cannot grade untrusted code: the sandbox is unavailable (" + reason + "). Install bubblewrap"
                + " (Debian/Ubuntu: apt-get install bubblewrap) and allow user namespaces (docs/security.md says"
                + " what each platform needs), or pass --no-sandbox to grade code you trust");
    }
}
