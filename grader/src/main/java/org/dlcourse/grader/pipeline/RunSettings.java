package org.dlcourse.grader.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.sandbox.Sandbox;

/**
 * What an exercise's run is set to; every exercise of a grading run shares all of it but, with per-student variants,
 * the seed.
 *
 * @param runtimeClasspath the course classpath student code compiles and runs against
 * @param backend the ND4J backend the test JVM must run on, {@code cpu} or {@code cuda}
 * @param seed the exercise's property seed for its test JVM ({@code -Ddlcourse.seed}), or null for each property's
 *     own
 * @param suites the test suites to run
 * @param replays counterexamples the test JVM replays alone ({@code -Ddlcourse.replay}), each
 *     {@code Class#method:arguments}
 * @param sandbox the sandbox for code that is not the course's own: bubblewrap, {@link
 *     org.dlcourse.grader.sandbox.Unavailable} if this machine has none, or none at the instructor's request
 * @param fashionMnist Fashion-MNIST's directory, located before grading if any exercise reads it, else empty
 */
public record RunSettings(List<Path> runtimeClasspath, String backend, Long seed, Set<Suite> suites,
                          List<String> replays, Sandbox sandbox, Optional<Path> fashionMnist) {

    /** Checks and copies the components. */
    public RunSettings {
        runtimeClasspath = List.copyOf(runtimeClasspath);
        Objects.requireNonNull(backend, "backend");
        suites = Set.copyOf(suites);
        replays = List.copyOf(replays);
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(fashionMnist, "fashionMnist");
    }
}
