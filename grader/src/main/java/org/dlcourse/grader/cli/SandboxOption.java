package org.dlcourse.grader.cli;

import picocli.CommandLine.Option;

/** The {@code --no-sandbox} option of the commands that run submitted code. */
final class SandboxOption {

    @Option(names = "--no-sandbox",
            description = "Run submitted code without the bubblewrap sandbox: only for code you trust; the report"
                    + " says so. The course's own solutions and stubs never need the sandbox.")
    private boolean disabled;

    /** Whether code that is not the course's own must run in the sandbox. */
    boolean required() {
        return !disabled;
    }
}
