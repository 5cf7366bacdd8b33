package org.dlcourse.grader.runner;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.dlcourse.kit.property.PropertyFailure;
import org.junit.platform.engine.TestExecutionResult;

/**
 * How a platform node finished, described for the student.
 *
 * <p>The exception may be the student's, with overridden methods that throw or lie: it is read through
 * {@link StudentThrowable}, and every text is {@linkplain SafeText well-formed and capped}.
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
    /** A location is a path and a line: anything longer is made up by a student's {@code getStackTrace}. */
    static final int MAX_LOCATION_LENGTH = 300;

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
        if (thrown instanceof AssertionError) {
            String message = StudentThrowable.message(thrown, MAX_MESSAGE_LENGTH);
            return cap(message.isEmpty() ? StudentThrowable.name(thrown) : message);
        }
        List<Throwable> chain = StudentThrowable.causeChain(thrown);
        String cause = chain.size() < 2 ? ""
                : " (caused by " + StudentThrowable.nameAndMessage(chain.get(1), MAX_MESSAGE_LENGTH) + ")";
        return cap(StudentThrowable.nameAndMessage(thrown, MAX_MESSAGE_LENGTH) + cause);
    }

    /** The innermost frame of the first student class in the stack, as a path below the source root. */
    private static String location(Throwable thrown, Path studentClasses) {
        for (Throwable t : StudentThrowable.causeChain(thrown)) {
            for (StackTraceElement frame : StudentThrowable.frames(t)) {
                String className = frame.getClassName();
                if (frame.getFileName() != null && isStudentClass(className, studentClasses)) {
                    int dot = className.lastIndexOf('.');
                    String directory = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
                    return SafeText.capped(directory + frame.getFileName() + ":" + frame.getLineNumber(),
                            MAX_LOCATION_LENGTH);
                }
            }
        }
        return null;
    }

    // A frame's class name comes from the student's getStackTrace, whatever it is: no path of it may leave the
    // classes directory, or fail to be a path at all.
    private static boolean isStudentClass(String className, Path studentClasses) {
        try {
            Path file = studentClasses.resolve(className.replace('.', '/') + ".class").normalize();
            return file.startsWith(studentClasses) && Files.isRegularFile(file);
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }

    private static String cap(String text) {
        return SafeText.capped(text, MAX_MESSAGE_LENGTH);
    }
}
