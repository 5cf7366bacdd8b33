package org.dlcourse.grader.cli;

/** The CLI's exit codes, listed in every command's {@code --help}. */
public final class ExitCodes {

    /** Graded (whatever the score), or the command did what it was asked. */
    public static final int OK = 0;
    /** {@code stubs --check}: the stubs are stale, or the solutions' regions are malformed. */
    public static final int STUBS_STALE = 1;
    /** A usage error: an unknown option or exercise, a missing argument, an output directory that is not empty. */
    public static final int USAGE = 2;
    /**
     * An input is unusable: a submission not found or without exercise modules, a gradebook or shard missing or not
     * a gradebook, a term file invalid; or the machine cannot grade: the ND4J backend, the sandbox, Fashion-MNIST or
     * disk space is missing (nothing is graded then); for {@code release}: the audit refused the handout.
     */
    public static final int UNUSABLE = 3;
    /** An internal error, including a grader whose course bundle is not built. */
    public static final int INTERNAL = 4;

    static final String HEADING = "%nExit codes:%n";
    static final String OK_LINE = "0:graded (whatever the score), or done";
    static final String STUBS_LINE = "1:stubs are stale, or a solution's regions are malformed";
    static final String USAGE_LINE = "2:usage error";
    static final String UNUSABLE_LINE = "3:input unusable (submission, gradebook, shard or term file not found or not"
            + " what it should be), or the machine cannot grade (ND4J backend, sandbox, Fashion-MNIST or disk space"
            + " missing; nothing graded)";
    static final String RELEASE_REFUSED_LINE = "3:the release audit refused the handout (it would give away a"
            + " solution or instructor-only material)";
    static final String SIMILARITY_UNAVAILABLE_LINE = "3:a submission unusable, or JPlag cannot be obtained (offline"
            + " with nothing cached, a bad --jplag) or failed";
    static final String INTERNAL_LINE = "4:internal error: a defect, or a grader that is not built";

    private ExitCodes() {
    }
}
