package org.dlcourse.kit.backend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Explains in one line why ND4J cannot serve a backend, from the exception it threw or the backend it loaded.
 *
 * <p>Functions of their arguments (and of the JVM's {@code os.name} and {@code os.arch}), so every unhappy path
 * can be tested with synthetic exceptions, without a GPU or a broken install.
 */
final class BackendFailure {

    /**
     * What the project measured about ND4J's only CUDA build, appended whenever CUDA is involved so that nobody
     * spends a day on it again.
     */
    static final String CUDA_PTX_ONLY = "ND4J 1.0.0-M2.1's CUDA 11.6 build ships kernels as compute_86 PTX only:"
            + " on Hopper (H100) it fails after ~15 min of JIT with cudaGetSymbolAddress error 13, and it cannot"
            + " serve sm_80 (A100) either; use the cpu backend";

    private BackendFailure() {
    }

    /**
     * Why ND4J failed to initialize, in one line: the backend requested (or found on the classpath), the root
     * cause's type and first message line, a hint chosen by the kind of failure and, for CUDA, {@link #CUDA_PTX_ONLY}.
     *
     * @param requested {@code "cpu"}, {@code "cuda"}, or null when nothing is known about the backend
     * @param failure what ND4J threw, typically an {@code ExceptionInInitializerError} around the real cause
     */
    static String explain(String requested, Throwable failure) {
        Throwable root = rootCause(failure);
        String artifact = "cuda".equals(requested) ? "nd4j-cuda-11.6" : "nd4j-native";
        StringBuilder message = new StringBuilder("the ND4J ")
                .append(requested == null ? "" : requested + " ")
                .append("backend failed to initialize: ")
                .append(root.getClass().getName()).append(": ").append(firstLine(root.getMessage()));
        String hint = hint(root, artifact);
        if (!hint.isEmpty()) {
            message.append("; ").append(hint);
        }
        if ("cuda".equals(requested) || mentionsCuda(failure)) {
            message.append("; ").append(CUDA_PTX_ONLY);
        }
        return message.toString();
    }

    /** Why the loaded backend is not the requested one, in one line; ND4J itself would continue silently. */
    static String mismatch(String requested, BackendInfo loaded) {
        String head = "requested the " + requested + " backend but ND4J loaded " + loaded.backend()
                + " (" + loaded.backendClass() + "): ";
        if ("cuda".equals(requested)) {
            return head + "the CUDA backend is not on the classpath or failed to initialize;"
                    + " ND4J would otherwise fall back silently; " + CUDA_PTX_ONLY;
        }
        return head + "another backend on the classpath takes precedence over nd4j-native (build without -Pcuda);"
                + " ND4J would otherwise use it silently";
    }

    private static String hint(Throwable root, String artifact) {
        String text = String.valueOf(root.getMessage());
        if (root instanceof UnsatisfiedLinkError) {
            return "its native library could not be loaded on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + "; check that " + artifact
                    + " with this platform's classifier is on the classpath";
        }
        if (root instanceof NoClassDefFoundError && text.startsWith("Could not initialize class")) {
            return "an earlier attempt to initialize ND4J in this JVM failed; its first error names the cause";
        }
        if (root instanceof NoClassDefFoundError || root instanceof ClassNotFoundException) {
            return "ND4J classes are missing from the classpath; check the nd4j-api and " + artifact
                    + " dependencies";
        }
        // Compared by name: this explanation must work even when nd4j-api itself cannot be loaded.
        if (root.getClass().getName().equals("org.nd4j.linalg.factory.Nd4jBackend$NoAvailableBackendException")) {
            return "no ND4J backend is on the classpath; add nd4j-native (cpu) or nd4j-cuda-11.6 (cuda)"
                    + " with this platform's classifier";
        }
        return "";
    }

    private static boolean mentionsCuda(Throwable failure) {
        for (Throwable t : chain(failure)) {
            String text = (t.getClass().getName() + " " + t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("cuda") || text.contains("cublas")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        List<Throwable> chain = chain(failure);
        return chain.get(chain.size() - 1);
    }

    // The cause chain from the outermost exception inwards, stopping at a repetition because nothing forbids a → b → a.
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }
}
