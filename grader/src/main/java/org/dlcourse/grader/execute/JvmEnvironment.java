package org.dlcourse.grader.execute;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test JVM's environment: only what the JVM and ND4J's native code need, the rest of the grader's environment
 * removed.
 *
 * <p>Kept: {@code PATH}, {@code HOME} (JavaCPP caches extracted native libraries under it, which saves seconds per
 * JVM), {@code JAVA_HOME}, the library paths and CUDA variables the CUDA backend needs, and the BLAS/OpenMP thread
 * counts an instructor may have set, else one thread each ({@link #SINGLE_THREADED}). Set: {@code LANG}/{@code LC_ALL}
 * to {@code C.UTF-8}, {@code TZ} to UTC and
 * {@code TMPDIR} to the workspace, so messages and numbers print alike everywhere. Removed: everything else, in
 * particular {@code JAVA_TOOL_OPTIONS}, {@code _JAVA_OPTIONS} and {@code JDK_JAVA_OPTIONS} (which could add agents
 * or change limits), {@code CLASSPATH}, and any credentials.
 */
final class JvmEnvironment {

    static final List<String> KEPT = List.of("PATH", "HOME", "USERPROFILE", "JAVA_HOME", "LD_LIBRARY_PATH",
            "DYLD_LIBRARY_PATH", "CUDA_HOME", "CUDA_PATH", "CUDA_VISIBLE_DEVICES", "OMP_NUM_THREADS",
            "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "SYSTEMROOT", "SystemRoot", "WINDIR", "PATHEXT");

    /**
     * The thread counts set to 1 unless the grader's own environment sets them. The exercises' arrays are small, so
     * ND4J's OpenMP threads mostly spin-wait; on a busy machine (two gradings on two cores, a CI runner's neighbours)
     * that slowed 01-softmax's gradient properties from seconds to over a minute, past their budget. One thread also
     * fixes the order of BLAS reductions, whatever the machine's core count.
     */
    static final List<String> SINGLE_THREADED = List.of("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS");

    private JvmEnvironment() {
    }

    /** The environment of a test JVM started from a process whose environment is {@code inherited}. */
    static Map<String, String> of(Map<String, String> inherited, Path temporaryDirectory) {
        Map<String, String> environment = new TreeMap<>();
        for (String name : KEPT) {
            String value = inherited.get(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        for (String name : SINGLE_THREADED) {
            environment.putIfAbsent(name, "1");
        }
        environment.put("LANG", "C.UTF-8");
        environment.put("LC_ALL", "C.UTF-8");
        environment.put("TZ", "UTC");
        environment.put("TMPDIR", temporaryDirectory.toString());
        environment.put("TMP", temporaryDirectory.toString());
        environment.put("TEMP", temporaryDirectory.toString());
        return environment;
    }
}
