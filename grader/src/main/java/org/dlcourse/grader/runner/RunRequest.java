package org.dlcourse.grader.runner;

import java.util.List;
import java.util.Objects;

/**
 * What a forked test JVM runs for one exercise, sent on its standard input (with the other exercises' requests, if
 * it serves several) once the grader has compiled and checked the student's code, so that nothing of it shows on
 * the command line and the JVM can load ND4J while it waits.
 *
 * @param roots the test classes to run, jars or directories, selected as classpath roots so any engine runs
 * @param excluded unique ids of tests not to run: finished in an earlier JVM, or the culprit that ended it
 * @param results the file to append {@link RunnerEvent} lines to
 * @param studentClasses the directory of the student's compiled classes, to point failures at the student's line
 * @param key the key that seals every line of the results file ({@link EventSeal}), fresh for each JVM
 */
public record RunRequest(List<String> roots, List<String> excluded, String results, String studentClasses,
                         String key) {

    /** Checks the required components and copies the lists. */
    public RunRequest {
        roots = List.copyOf(roots);
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(studentClasses, "studentClasses");
        Objects.requireNonNull(key, "key");
    }
}
