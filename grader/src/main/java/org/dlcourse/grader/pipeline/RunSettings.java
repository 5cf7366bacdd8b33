package org.dlcourse.grader.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dlcourse.grader.course.Suite;

/**
 * What every exercise of one grading run shares.
 *
 * @param runtimeClasspath the course classpath student code compiles and runs against
 * @param backend the ND4J backend the test JVM must run on, {@code cpu} or {@code cuda}
 * @param seed the property seed for the test JVM ({@code -Ddlcourse.seed}), or null for each property's own
 * @param suites the test suites to run
 */
public record RunSettings(List<Path> runtimeClasspath, String backend, Long seed, Set<Suite> suites) {

    /** Checks and copies the components. */
    public RunSettings {
        runtimeClasspath = List.copyOf(runtimeClasspath);
        Objects.requireNonNull(backend, "backend");
        suites = Set.copyOf(suites);
    }
}
