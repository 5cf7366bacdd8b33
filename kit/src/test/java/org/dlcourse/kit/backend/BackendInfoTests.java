package org.dlcourse.kit.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BackendInfoTests {

    @Test
    void readsNd4jsEnvironmentKeysWhateverTheirValueTypes() {
        Properties environment = new Properties();
        environment.put("blas.vendor", "OPENBLAS");
        environment.put("blas.threads", 4);
        environment.put("omp.threads", 8);
        environment.put("cores", 16L);
        environment.put("os", "Linux");
        environment.put("backend", "CPU");
        BackendInfo info = BackendInfo.of("org.nd4j.linalg.cpu.nativecpu.CpuBackend", environment, "1.0.0-M2.1");
        assertThat(info.backend()).isEqualTo("cpu");
        assertThat(info.blasVendor()).isEqualTo("OPENBLAS");
        assertThat(info.blasThreads()).isEqualTo(4);
        assertThat(info.cores()).isEqualTo(16);
        assertThat(info.os()).isEqualTo("Linux");
        assertThat(info.arch()).isEqualTo(System.getProperty("os.arch"));
        assertThat(info.javaVersion()).isEqualTo(Runtime.version().toString());
    }

    @Test
    void fallsBackToOmpThreadsThenToUnknown() {
        assertThat(BackendInfo.of("x.CpuBackend", Map.of("omp.threads", "3"), "v").blasThreads()).isEqualTo(3);
        BackendInfo bare = BackendInfo.of("x.CpuBackend", Map.of("cores", "many"), "v");
        assertThat(bare.blasThreads()).isEqualTo(-1);
        assertThat(bare.cores()).isEqualTo(-1);
        assertThat(bare.blasVendor()).isEqualTo("unknown");
        assertThat(bare.describe()).contains("with ? threads, ? cores");
    }

    @Test
    void namesTheBackendFromItsClassOrTheEnvironment() {
        assertThat(BackendInfo.of("org.nd4j.linalg.jcublas.JCublasBackend", Map.of(), "v").backend()).isEqualTo("cuda");
        assertThat(BackendInfo.of("org.example.AuroraBackend", Map.of("backend", "AURORA"), "v").backend())
                .isEqualTo("aurora");
        assertThat(BackendInfo.of("org.example.Other", Map.of(), "v").backend()).isEqualTo("unknown");
    }

    @Test
    void describeAndAsMapCarryEveryComponent() {
        BackendInfo info = new BackendInfo("cpu", "a.CpuBackend", "MKL", 2, 4, "Linux", "amd64", "17.0.15",
                "1.0.0-M2.1");
        assertThat(info.describe()).isEqualTo("cpu backend (a.CpuBackend), BLAS MKL with 2 threads, 4 cores,"
                + " Linux amd64, Java 17.0.15, ND4J 1.0.0-M2.1");
        assertThat(info.asMap()).containsExactly(
                Map.entry("backend", "cpu"), Map.entry("backendClass", "a.CpuBackend"), Map.entry("blasVendor", "MKL"),
                Map.entry("blasThreads", "2"), Map.entry("cores", "4"), Map.entry("os", "Linux"),
                Map.entry("arch", "amd64"), Map.entry("javaVersion", "17.0.15"), Map.entry("nd4jVersion", "1.0.0-M2.1"));
    }
}
