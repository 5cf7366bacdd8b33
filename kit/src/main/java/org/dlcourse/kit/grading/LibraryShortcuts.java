package org.dlcourse.kit.grading;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlcourse.kit.bytecode.CallPolicy;
import org.dlcourse.kit.bytecode.CallScanner;
import org.dlcourse.kit.bytecode.CallViolation;
import org.dlcourse.kit.bytecode.ClassFiles;
import org.dlcourse.kit.bytecode.CodeReference;

/**
 * Finds the library calls that would short-circuit an exercise in a student's compiled classes: every class of
 * the exercise's packages, read where a given student class was loaded from (a classes directory or a jar),
 * checked against the exercise's {@link ExerciseDescriptor#forbiddenCalls()}. Hidden tests use it to say which
 * call, where and why; the grader's policy stage applies the same rules before anything runs.
 */
public final class LibraryShortcuts {

    /**
     * What a scan found.
     *
     * @param references every code reference in the exercise's classes (none means nothing was scanned)
     * @param violations the forbidden calls among them, ordered by caller and line
     */
    public record Scan(List<CodeReference> references, List<CallViolation> violations) {
        public Scan {
            references = List.copyOf(references);
            violations = List.copyOf(violations);
        }

        /** One line per violation: class, method, line, the call and the reason. */
        public List<String> messages() {
            return violations.stream().map(CallViolation::message).toList();
        }
    }

    private LibraryShortcuts() {
    }

    /** Scans with the descriptor on {@code studentClass}'s class path ({@link ExerciseDescriptor#RESOURCE}). */
    public static Scan scan(Class<?> studentClass) throws IOException {
        return scan(ExerciseDescriptor.fromClasspath(studentClass.getClassLoader()), studentClass);
    }

    /** Scans every class of {@code exercise}'s packages found where {@code studentClass} was loaded from. */
    public static Scan scan(ExerciseDescriptor exercise, Class<?> studentClass) throws IOException {
        List<CodeReference> references = new ArrayList<>();
        for (Map.Entry<String, byte[]> classFile : ClassFiles.readAll(locationOf(studentClass)).entrySet()) {
            if (exercise.packages().stream().anyMatch(p -> classFile.getKey().startsWith(p + "."))) {
                references.addAll(CallScanner.scan(classFile.getValue()));
            }
        }
        return new Scan(references, CallPolicy.of(exercise.forbiddenCalls()).check(references));
    }

    private static Path locationOf(Class<?> studentClass) {
        try {
            return Path.of(studentClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException(studentClass.getName() + " was not loaded from a directory or jar", e);
        }
    }
}
