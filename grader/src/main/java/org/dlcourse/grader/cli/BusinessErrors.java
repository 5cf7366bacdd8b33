package org.dlcourse.grader.cli;

import java.io.PrintWriter;
import org.dlcourse.grader.GraderException;
import org.dlcourse.grader.InputUnusableException;
import org.dlcourse.grader.MachineNotReadyException;
import org.dlcourse.grader.SubmissionUnusableException;
import org.dlcourse.grader.UsageException;
import org.dlcourse.grader.release.ReleaseRefusedException;
import org.dlcourse.grader.sandbox.SandboxUnavailableException;
import org.dlcourse.grader.similarity.JPlagUnavailableException;
import org.dlcourse.grader.stubs.StubRegionException;
import org.dlcourse.kit.backend.BackendUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into one line on the error writer and an exit code; only an unexpected exception, a
 * bug, also gets its stack trace.
 */
final class BusinessErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception thrown, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        int code = exitCode(thrown);
        if (code == ExitCodes.INTERNAL && !(thrown instanceof GraderException)) {
            err.println("grader: internal error: " + thrown);
            thrown.printStackTrace(err);
        } else {
            err.println("grader: " + thrown.getMessage());
        }
        err.flush();
        return code;
    }

    static int exitCode(Exception thrown) {
        if (thrown instanceof UsageException) {
            return ExitCodes.USAGE;
        }
        if (thrown instanceof SubmissionUnusableException || thrown instanceof InputUnusableException
                || thrown instanceof BackendUnavailableException || thrown instanceof SandboxUnavailableException
                || thrown instanceof MachineNotReadyException || thrown instanceof ReleaseRefusedException
                || thrown instanceof JPlagUnavailableException) {
            return ExitCodes.UNUSABLE;
        }
        if (thrown instanceof StubRegionException) {
            return ExitCodes.STUBS_STALE;
        }
        // CourseUnavailableException (the grader is not built) and any other exception.
        return ExitCodes.INTERNAL;
    }
}
