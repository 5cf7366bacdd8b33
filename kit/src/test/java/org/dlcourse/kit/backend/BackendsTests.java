package org.dlcourse.kit.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs on the course's CPU build (nd4j-native with OpenBLAS), which is what this module's tests use. */
class BackendsTests {

    @Test
    void detectsTheCpuBackendWithOpenBlas() {
        BackendInfo info = Backends.detect();
        assertThat(info.backend()).isEqualTo("cpu");
        assertThat(info.backendClass()).isEqualTo("org.nd4j.linalg.cpu.nativecpu.CpuBackend");
        assertThat(info.blasVendor()).isEqualTo("OPENBLAS");
        assertThat(info.blasThreads()).isGreaterThanOrEqualTo(1);
        assertThat(info.cores()).isGreaterThanOrEqualTo(1);
        assertThat(info.nd4jVersion()).isEqualTo("1.0.0-M2.1");
        assertThat(info.describe()).startsWith("cpu backend (org.nd4j.linalg.cpu.nativecpu.CpuBackend), BLAS OPENBLAS");
    }

    @Test
    void requireCpuReturnsTheSameDescription() {
        assertThat(Backends.require("cpu")).isEqualTo(Backends.detect());
        assertThat(Backends.require("CPU").backend()).isEqualTo("cpu");
    }

    @Test
    void requireCudaOnThisMachineFailsWithTheClearMessage() {
        assertThatThrownBy(() -> Backends.require("cuda"))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageStartingWith("requested the cuda backend but ND4J loaded cpu"
                        + " (org.nd4j.linalg.cpu.nativecpu.CpuBackend): the CUDA backend is not on the classpath or"
                        + " failed to initialize; ND4J would otherwise fall back silently")
                .hasMessageContaining("compute_86 PTX only");
    }

    @Test
    void requireRejectsUnknownBackendNames() {
        assertThatThrownBy(() -> Backends.require("gpu")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"cpu\" or \"cuda\"");
        assertThatThrownBy(() -> Backends.require(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportPrintsKeyValueLinesAndExitCodes() {
        Output ok = Output.of(new String[0]);
        assertThat(ok.code()).isEqualTo(BackendReport.OK);
        assertThat(ok.out().lines()).hasSize(9).allMatch(line -> line.matches("[a-zA-Z0-9]+=.+"))
                .contains("backend=cpu", "blasVendor=OPENBLAS", "nd4jVersion=1.0.0-M2.1");
        assertThat(ok.err()).isEmpty();

        assertThat(Output.of(new String[] {"cpu"}).code()).isEqualTo(BackendReport.OK);

        Output cuda = Output.of(new String[] {"cuda"});
        assertThat(cuda.code()).isEqualTo(BackendReport.UNAVAILABLE).isEqualTo(3);
        assertThat(cuda.out()).isEmpty();
        assertThat(cuda.err()).startsWith("requested the cuda backend but ND4J loaded cpu").hasLineCount(1);

        assertThat(Output.of(new String[] {"tpu"}).code()).isEqualTo(BackendReport.USAGE);
        assertThat(Output.of(new String[] {"cpu", "cuda"}).err()).contains("usage");
    }

    private record Output(int code, String out, String err) {
        static Output of(String[] args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = BackendReport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
