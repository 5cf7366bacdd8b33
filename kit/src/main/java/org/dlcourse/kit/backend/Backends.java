package org.dlcourse.kit.backend;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Detects the ND4J backend this JVM runs on and insists on the requested one, never accepting a silent fallback.
 *
 * <p>The first use of {@link Nd4j} loads the native libraries; whatever it throws ({@code ExceptionInInitializerError},
 * {@code UnsatisfiedLinkError}, {@code NoClassDefFoundError}, a {@code RuntimeException} …) becomes a
 * {@link BackendUnavailableException} with one clear message. Only a {@link VirtualMachineError} such as
 * {@link OutOfMemoryError} passes through unchanged: it says the JVM is in trouble, not the backend.
 */
public final class Backends {

    private static final Set<String> KNOWN = Set.of("cpu", "cuda");

    private Backends() {
    }

    /**
     * Initializes ND4J if needed and describes the backend it loaded.
     *
     * @throws BackendUnavailableException if ND4J cannot initialize
     */
    public static BackendInfo detect() {
        return detect(backendOnClasspath());
    }

    /**
     * Describes the loaded backend if it is the {@code expected} one ({@code "cpu"} or {@code "cuda"}).
     *
     * @throws BackendUnavailableException if ND4J cannot initialize or loaded another backend
     * @throws IllegalArgumentException if {@code expected} is neither {@code "cpu"} nor {@code "cuda"}
     */
    public static BackendInfo require(String expected) {
        String requested = expected == null ? "" : expected.toLowerCase(Locale.ROOT);
        if (!KNOWN.contains(requested)) {
            throw new IllegalArgumentException("the backend must be \"cpu\" or \"cuda\", but was " + expected);
        }
        BackendInfo info = detect(requested);
        if (!info.backend().equals(requested)) {
            throw new BackendUnavailableException(BackendFailure.mismatch(requested, info), null);
        }
        return info;
    }

    // Catching Throwable is deliberate: a broken native install surfaces as any of several Errors, see the class doc.
    private static BackendInfo detect(String requested) {
        try {
            String backendClass = Nd4j.getBackend().getClass().getName();
            Properties environment = Nd4j.getExecutioner().getEnvironmentInformation();
            return BackendInfo.of(backendClass, environment, nd4jVersion());
        } catch (VirtualMachineError jvmInTrouble) {
            throw jvmInTrouble;
        } catch (Throwable failure) {
            throw new BackendUnavailableException(BackendFailure.explain(requested, failure), failure);
        }
    }

    /** The backend whose classes are on the classpath, looked up without initializing anything; null if none. */
    private static String backendOnClasspath() {
        // ND4J prefers CUDA when both are present, so CUDA is asked first.
        if (isPresent("org.nd4j.linalg.jcublas.JCublasBackend")) {
            return "cuda";
        }
        return isPresent("org.nd4j.linalg.cpu.nativecpu.CpuBackend") ? "cpu" : null;
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, Backends.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /** The version from nd4j-api's Maven metadata; ND4J's jars have no Implementation-Version in their manifests. */
    private static String nd4jVersion() {
        try (InputStream in = Nd4j.class.getResourceAsStream("/META-INF/maven/org.nd4j/nd4j-api/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
