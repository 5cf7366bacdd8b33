package org.dlcourse.grader.sandbox;

import java.io.IOException;
import java.util.List;

/** Runs a command confined: the grader's one way to start a process that touches a submission's code. */
public interface Sandbox {

    /**
     * The command line that runs {@code command} under {@code confinement}, after preparing what it needs (the
     * writable directories' owner, say).
     *
     * @throws SandboxUnavailableException if this sandbox cannot be used on this machine
     */
    List<String> confine(Confinement confinement, List<String> command) throws IOException;

    /** Whether processes started through it are confined at all. */
    boolean isolates();

    /** One line for the report: which sandbox, and why. */
    String description();
}
