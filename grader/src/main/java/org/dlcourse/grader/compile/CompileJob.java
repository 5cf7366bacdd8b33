package org.dlcourse.grader.compile;

import java.util.List;

/**
 * One exercise for the {@link CompilerProcess}: compile {@code sources} against {@code classpath} into
 * {@code classes}.
 *
 * @param id the exercise
 * @param sources the source files, absolute
 * @param classes the output directory
 * @param classpath the course classpath the sources compile against
 */
public record CompileJob(String id, List<String> sources, String classes, List<String> classpath) {

    /** Copies the lists. */
    public CompileJob {
        sources = List.copyOf(sources);
        classpath = List.copyOf(classpath);
    }
}
