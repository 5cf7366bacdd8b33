package org.dlcourse.grader.release;

import java.nio.file.Path;
import java.util.List;
import org.dlcourse.grader.GraderException;

/** The release audit refused a handout: it would give away instructor-only material or a solution. */
public final class ReleaseRefusedException extends GraderException {

    private static final long serialVersionUID = 1L;

    /** A refusal listing each finding on its own line, then what would make the release possible. */
    public ReleaseRefusedException(Path out, List<String> findings, String advice) {
        super("the release audit refused the handout for " + out + " (its files were removed), " + findings.size()
                + (findings.size() == 1 ? " finding" : " findings") + ":\n  " + String.join("\n  ", findings)
                + (advice.isEmpty() ? "" : "\n" + advice));
    }
}
