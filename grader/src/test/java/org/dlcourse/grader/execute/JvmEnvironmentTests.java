package org.dlcourse.grader.execute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JvmEnvironmentTests {

    @Test
    void theTestJvmKeepsOnlyWhatItNeedsOfTheEnvironment() {
        Map<String, String> environment = JvmEnvironment.of(Map.of("PATH", "/bin", "HOME", "/home/s",
                "JAVA_TOOL_OPTIONS", "-javaagent:evil.jar", "_JAVA_OPTIONS", "-Xmx64g", "AWS_SECRET_ACCESS_KEY",
                "secret", "LANG", "de_DE.UTF-8"), Path.of("/tmp/w"));

        assertThat(environment).containsEntry("PATH", "/bin").containsEntry("HOME", "/home/s")
                .containsEntry("LANG", "C.UTF-8").containsEntry("TMPDIR", "/tmp/w")
                .doesNotContainKeys("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "AWS_SECRET_ACCESS_KEY");
    }

    @Test
    void oneOpenMpAndBlasThreadUnlessTheInstructorSetsACount() {
        Map<String, String> unset = JvmEnvironment.of(Map.of("PATH", "/bin"), Path.of("/tmp/w"));
        Map<String, String> set = JvmEnvironment.of(Map.of("PATH", "/bin", "OMP_NUM_THREADS", "4"), Path.of("/tmp/w"));

        assertThat(unset).containsEntry("OMP_NUM_THREADS", "1").containsEntry("OPENBLAS_NUM_THREADS", "1")
                .containsEntry("MKL_NUM_THREADS", "1");
        assertThat(set).containsEntry("OMP_NUM_THREADS", "4").containsEntry("OPENBLAS_NUM_THREADS", "1");
    }
}
