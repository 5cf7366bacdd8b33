package org.dlcourse.kit.backend;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ND4J backend a JVM runs on and the hardware and software around it.
 *
 * @param backend {@code "cpu"} or {@code "cuda"} ({@code "unknown"} for a backend this class does not know)
 * @param backendClass the fully qualified class of the loaded {@code Nd4jBackend}
 * @param blasVendor the BLAS library, e.g. {@code OPENBLAS}, {@code MKL} or {@code CUBLAS}; {@code "unknown"} if not reported
 * @param blasThreads threads the BLAS library uses, −1 if not reported
 * @param cores processor cores as ND4J counts them, −1 if not reported
 * @param os the operating system
 * @param arch the JVM's architecture ({@code os.arch})
 * @param javaVersion the JVM's version
 * @param nd4jVersion the version of nd4j-api on the classpath
 */
public record BackendInfo(String backend, String backendClass, String blasVendor, int blasThreads, int cores,
                          String os, String arch, String javaVersion, String nd4jVersion) {

    private static final String UNKNOWN = "unknown";

    /**
     * Reads a backend description from ND4J's environment information ({@code getEnvironmentInformation()},
     * keys such as {@code blas.vendor}, {@code blas.threads}, {@code omp.threads}, {@code cores},
     * {@code os}, {@code backend}) plus the running JVM's architecture and version.
     */
    static BackendInfo of(String backendClass, Map<?, ?> environment, String nd4jVersion) {
        int blasThreads = intValue(environment, "blas.threads");
        return new BackendInfo(
                backendName(backendClass, environment),
                backendClass,
                stringValue(environment, "blas.vendor", UNKNOWN),
                blasThreads >= 0 ? blasThreads : intValue(environment, "omp.threads"),
                intValue(environment, "cores"),
                stringValue(environment, "os", System.getProperty("os.name")),
                System.getProperty("os.arch"),
                Runtime.version().toString(),
                nd4jVersion);
    }

    /** One line for logs and reports, e.g. {@code cpu backend (…CpuBackend), BLAS OPENBLAS with 2 threads, 2 cores, …}. */
    public String describe() {
        return backend + " backend (" + backendClass + "), BLAS " + blasVendor + " with " + count(blasThreads)
                + " threads, " + count(cores) + " cores, " + os + " " + arch + ", Java " + javaVersion
                + ", ND4J " + nd4jVersion;
    }

    /** The components by name, in declaration order, for {@code key=value} reports. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("backend", backend);
        map.put("backendClass", backendClass);
        map.put("blasVendor", blasVendor);
        map.put("blasThreads", Integer.toString(blasThreads));
        map.put("cores", Integer.toString(cores));
        map.put("os", os);
        map.put("arch", arch);
        map.put("javaVersion", javaVersion);
        map.put("nd4jVersion", nd4jVersion);
        return map;
    }

    // The class names the CPU and CUDA backends have had since ND4J 0.4; the environment's "backend" key covers others.
    private static String backendName(String backendClass, Map<?, ?> environment) {
        if (backendClass.endsWith(".CpuBackend")) {
            return "cpu";
        }
        if (backendClass.endsWith(".JCublasBackend")) {
            return "cuda";
        }
        return stringValue(environment, "backend", UNKNOWN).toLowerCase(Locale.ROOT);
    }

    private static String stringValue(Map<?, ?> environment, String key, String fallback) {
        Object value = environment.get(key);
        return value == null ? fallback : value.toString();
    }

    // ND4J stores numbers as Integer or Long objects in its Properties; a missing or unparsable value is "not reported".
    private static int intValue(Map<?, ?> environment, String key) {
        Object value = environment.get(key);
        if (value == null) {
            return -1;
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static String count(int value) {
        return value >= 0 ? Integer.toString(value) : "?";
    }
}
