package org.dlcourse.kit.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4jBackend.NoAvailableBackendException;

class BackendFailureTests {

    private static final BackendInfo CPU = BackendInfo.of("org.nd4j.linalg.cpu.nativecpu.CpuBackend",
            Map.of("blas.vendor", "OPENBLAS", "blas.threads", 2, "cores", 2, "os", "Linux"), "1.0.0-M2.1");
    private static final BackendInfo CUDA = BackendInfo.of("org.nd4j.linalg.jcublas.JCublasBackend",
            Map.of("blas.vendor", "CUBLAS", "cores", 132, "os", "Linux"), "1.0.0-M2.1");

    @Test
    void cudaFailureNamesBackendRootCauseAndTheMeasuredPtxLimitation() {
        Throwable failure = new ExceptionInInitializerError(new RuntimeException("wrapper",
                new RuntimeException("cudaGetSymbolAddress(...) failed; Error code: [13]\n\tat native code")));
        String message = BackendFailure.explain("cuda", failure);
        assertThat(message)
                .startsWith("the ND4J cuda backend failed to initialize")
                .contains("java.lang.RuntimeException: cudaGetSymbolAddress(...) failed; Error code: [13]")
                .doesNotContain("native code")
                .doesNotContain("wrapper")
                .contains(BackendFailure.CUDA_PTX_ONLY)
                .doesNotContain("\n");
    }

    @Test
    void missingNativeLibraryPointsAtThePlatformClassifier() {
        Throwable failure = new ExceptionInInitializerError(
                new UnsatisfiedLinkError("no jnind4jcpu in java.library.path"));
        String message = BackendFailure.explain("cpu", failure);
        assertThat(message)
                .contains("cpu backend failed to initialize")
                .contains("java.lang.UnsatisfiedLinkError: no jnind4jcpu in java.library.path")
                .contains("nd4j-native with this platform's classifier")
                .doesNotContain("compute_86");
    }

    @Test
    void aCudaMentionAnywhereInTheChainAddsTheLimitationEvenForAnUnknownRequest() {
        Throwable failure = new RuntimeException("backend init", new UnsatisfiedLinkError(
                "libcudart.so.11.0: cannot open shared object file"));
        assertThat(BackendFailure.explain(null, failure))
                .startsWith("the ND4J backend failed to initialize")
                .contains("libcudart.so.11.0")
                .contains(BackendFailure.CUDA_PTX_ONLY);
    }

    @Test
    void classpathProblemsAreNamedAsSuch() {
        assertThat(BackendFailure.explain("cpu", new NoClassDefFoundError("org/nd4j/nativeblas/NativeOps")))
                .contains("ND4J classes are missing from the classpath");
        assertThat(BackendFailure.explain("cpu",
                new NoClassDefFoundError("Could not initialize class org.nd4j.linalg.factory.Nd4j")))
                .contains("an earlier attempt to initialize ND4J in this JVM failed");
    }

    @Test
    void noBackendAtAllIsRecognisedByItsExceptionClass() {
        Throwable failure = new RuntimeException(new NoAvailableBackendException(
                "Please ensure that you have an nd4j backend on your classpath"));
        assertThat(BackendFailure.explain(null, failure)).contains("no ND4J backend is on the classpath");
    }

    @Test
    void missingMessagesAndCyclicCausesStillGiveOneLine() {
        assertThat(BackendFailure.explain("cpu", new IllegalStateException()))
                .contains("java.lang.IllegalStateException: (no message)");
        RuntimeException a = new RuntimeException("outer");
        RuntimeException b = new RuntimeException("inner", a);
        a.initCause(b);
        assertThat(BackendFailure.explain("cpu", a)).contains("inner").doesNotContain("\n");
    }

    @Test
    void cudaRequestedButCpuLoadedIsNeverSilent() {
        assertThat(BackendFailure.mismatch("cuda", CPU)).isEqualTo(
                "requested the cuda backend but ND4J loaded cpu (org.nd4j.linalg.cpu.nativecpu.CpuBackend): the CUDA"
                        + " backend is not on the classpath or failed to initialize; ND4J would otherwise fall back"
                        + " silently; " + BackendFailure.CUDA_PTX_ONLY);
    }

    @Test
    void cpuRequestedButCudaLoadedSaysHowToGetCpu() {
        assertThat(BackendFailure.mismatch("cpu", CUDA))
                .startsWith("requested the cpu backend but ND4J loaded cuda (org.nd4j.linalg.jcublas.JCublasBackend)")
                .contains("build without -Pcuda");
    }
}
