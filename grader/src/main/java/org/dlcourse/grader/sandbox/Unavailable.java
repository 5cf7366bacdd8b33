package org.dlcourse.grader.sandbox;

import java.util.List;

/**
 * The sandbox this machine cannot provide: any use of it refuses to grade with {@link SandboxUnavailableException}.
 *
 * @param reason what is missing or failed, for the message
 */
public record Unavailable(String reason) implements Sandbox {

    @Override
    public List<String> confine(Confinement confinement, List<String> command) {
        throw exception();
    }

    /** The refusal, saying how to enable the sandbox. */
    public SandboxUnavailableException exception() {
        return new SandboxUnavailableException(reason);
    }

    @Override
    public boolean isolates() {
        return true;
    }

    @Override
    public String description() {
        return "unavailable: " + reason;
    }
}
