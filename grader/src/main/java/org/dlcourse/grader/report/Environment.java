package org.dlcourse.grader.report;

import java.util.Objects;
import org.dlcourse.kit.backend.BackendInfo;

/**
 * Where the tests ran.
 *
 * @param jdk the test JVM's Java version and vendor
 * @param os the operating system and architecture
 * @param backend the ND4J backend requested, {@code cpu} or {@code cuda}
 * @param backendClass the ND4J backend class the test JVM loaded, null if no test JVM loaded ND4J
 * @param blas the BLAS library, null if no test JVM loaded ND4J
 * @param blasThreads the BLAS threads, null if not known
 * @param cores the processor cores ND4J counts, null if not known
 * @param nd4jVersion ND4J's version, null if no test JVM loaded ND4J
 * @param sandbox what confined the compiler and the test JVMs, or why nothing did
 */
public record Environment(String jdk, String os, String backend, String backendClass, String blas,
                          Integer blasThreads, Integer cores, String nd4jVersion, String sandbox) {

    /** Checks the components that are always known. */
    public Environment {
        Objects.requireNonNull(jdk, "jdk");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(sandbox, "sandbox");
    }

    /**
     * The environment of test JVMs forked from this one (same {@code java.home}), with what the first one that
     * loaded ND4J reported, if any did, confined by {@code sandbox}.
     */
    public static Environment of(String requestedBackend, BackendInfo loaded, String sandbox) {
        String jdk = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.arch");
        if (loaded == null) {
            return new Environment(jdk, os, requestedBackend, null, null, null, null, null, sandbox);
        }
        return new Environment(jdk, os, loaded.backend(), loaded.backendClass(), loaded.blasVendor(),
                loaded.blasThreads() >= 0 ? loaded.blasThreads() : null, loaded.cores() >= 0 ? loaded.cores() : null,
                loaded.nd4jVersion(), sandbox);
    }
}
