package org.dlcourse.grader.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dlcourse.kit.property.PropertyFailure;
import org.junit.platform.engine.TestExecutionResult;

/**
 * How a platform node finished, described for the student.
 *
 * @param status {@code passed}, {@code failed} (an {@link AssertionError}: the code ran and gave a wrong answer),
 *     {@code error} (any other exception) or {@code aborted} (an assumption did not hold)
 * @param message the exception's message, prefixed by its simple class name unless it is an assertion; capped
 * @param location where in the student's sources it was thrown, {@code org/pkg/File.java:12}, if anywhere
 * @param seed a failed property's seed, replayable with {@code --seed}
 * @param counterexample a failed property's shrunk sample
 */
record Failure(String status, String message, String location, Long seed, String counterexample) {

    /** Longer messages are cut: a property failure carries whole samples, and a report must stay readable. */
    static final int MAX_MESSAGE_LENGTH = 4000;

    static final Failure PASSED = new Failure("passed", null, null, null, null);

    /** Describes {@code result}, looking for the student's frames in {@code studentClasses}. */
    static Failure of(TestExecutionResult result, Path studentClasses) {
        Throwable thrown = result.getThrowable().orElse(null);
        return switch (result.getStatus()) {
            case SUCCESSFUL -> PASSED;
            case ABORTED -> new Failure("aborted", describe(thrown), location(thrown, studentClasses), null, null);
            case FAILED -> failed(thrown, studentClasses);
        };
    }

    private static Failure failed(Throwable thrown, Path studentClasses) {
        String location = location(thrown, studentClasses);
        if (thrown instanceof PropertyFailure property) {
            return new Failure("failed", describe(thrown), location, property.seed(),
                    cap(String.valueOf(property.shrunkSample())));
        }
        String status = thrown instanceof AssertionError ? "failed" : "error";
        return new Failure(status, describe(thrown), location, null, null);
    }

    private static String describe(Throwable thrown) {
        if (thrown == null) {
            return null;
        }
        String message = thrown.getMessage() == null ? "" : thrown.getMessage().strip();
        if (thrown instanceof AssertionError) {
            return cap(message.isEmpty() ? thrown.getClass().getSimpleName() : message);
        }
        String name = thrown.getClass().getSimpleName().isEmpty() ? thrown.getClass().getName()
                : thrown.getClass().getSimpleName();
        String cause = thrown.getCause() == null || thrown.getCause() == thrown ? ""
                : " (caused by " + thrown.getCause().getClass().getSimpleName() + ": "
                + thrown.getCause().getMessage() + ")";
        return cap(message.isEmpty() ? name + cause : name + ": " + message + cause);
    }

    /** The innermost frame of the first student class in the stack, as a path below the source root. */
    private static String location(Throwable thrown, Path studentClasses) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String className = frame.getClassName();
                if (frame.getFileName() != null
                        && Files.isRegularFile(studentClasses.resolve(className.replace('.', '/') + ".class"))) {
                    int dot = className.lastIndexOf('.');
                    String directory = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
                    return directory + frame.getFileName() + ":" + frame.getLineNumber();
                }
            }
        }
        return null;
    }

    private static String cap(String text) {
        return text.length() <= MAX_MESSAGE_LENGTH ? text
                : text.substring(0, MAX_MESSAGE_LENGTH) + " … (" + (text.length() - MAX_MESSAGE_LENGTH)
                + " more characters)";
    }
}
