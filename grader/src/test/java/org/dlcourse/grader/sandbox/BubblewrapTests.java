package org.dlcourse.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line bubblewrap is given: what is mounted how, and who the code runs as. */
class BubblewrapTests {

    @TempDir
    Path workspace;

    @Test
    void readablePathsAreMountedReadOnlyWritableOnesWritableAndNothingElseOfTheirParents() throws IOException {
        Path tests = Files.createDirectories(workspace.resolve("course/tests"));
        Path results = Files.createDirectories(workspace.resolve("ex/results"));
        Path missing = workspace.resolve("not-there");

        List<String> line = new Bubblewrap(Path.of("/usr/bin/bwrap"), false, "0.8.0").confine(
                Confinement.of(List.of(tests, missing), List.of(results), results), List.of("java", "-version"));

        assertThat(pairs(line, "--ro-bind")).contains(tests + " " + tests).doesNotContain(missing + " " + missing);
        assertThat(pairs(line, "--bind")).containsExactly(results + " " + results);
        assertThat(pairs(line, "--dir")).contains(workspace.toString(), workspace.resolve("course").toString())
                .doesNotContain("/tmp");
        assertThat(line).contains("--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
                "--die-with-parent", "--new-session", "--unshare-user", "--disable-userns");
        assertThat(line).doesNotContain("/usr/bin/setpriv");
        assertThat(line.subList(line.indexOf("--") + 1, line.size()))
                .startsWith("/usr/bin/prlimit", "--nproc=" + Confinement.DEFAULT_PROCESSES)
                .endsWith("--", "java", "-version");
    }

    @Test
    void asRootTheCodeRunsAsAUserOfItsOwnWithoutCapabilitiesOrNewPrivileges() throws IOException {
        // No writable directory: giving one to the sandbox's user needs root, which this test may not have.
        List<String> line = new Bubblewrap(Path.of("/usr/bin/bwrap"), true, "0.8.0")
                .confine(Confinement.of(List.of(), List.of(), workspace), List.of("java"));

        assertThat(line).doesNotContain("--unshare-user");
        assertThat(String.join(" ", line)).contains("--cap-drop ALL --cap-add CAP_SETUID --cap-add CAP_SETGID");
        int setpriv = line.indexOf("/usr/bin/setpriv");
        assertThat(setpriv).isPositive();
        String uid = line.get(setpriv + 1);
        assertThat(uid).startsWith("--reuid=");
        assertThat(Integer.parseInt(uid.substring("--reuid=".length())))
                .isBetween(Bubblewrap.FIRST_UID, Bubblewrap.FIRST_UID + Bubblewrap.UIDS - 1);
        assertThat(line.subList(setpriv, line.size())).contains("--clear-groups", "--no-new-privs",
                "--inh-caps=-all", "--bounding-set=-all");
    }

    @Test
    void aLayeredDirectoryIsPrivateScratchOverItsEntriesMountedReadOnly() throws IOException {
        Path cache = Files.createDirectories(workspace.resolve("cache"));
        Path library = Files.createDirectories(cache.resolve("nd4j.jar"));

        List<String> line = new Bubblewrap(Path.of("/usr/bin/bwrap"), false, "0.8.0")
                .confine(Confinement.of(List.of(), List.of(), List.of(cache), workspace), List.of("java"));

        int tmpfs = Collections.indexOfSubList(line, List.of("--tmpfs", cache.toString()));
        int entry = Collections.indexOfSubList(line, List.of("--ro-bind", library.toString(), library.toString()));
        assertThat(tmpfs).isPositive();
        assertThat(entry).isGreaterThan(tmpfs);
        assertThat(pairs(line, "--bind")).isEmpty();
    }

    @Test
    void versionsBeforeTheOptionsTheGraderUsesAreTooOld() {
        assertThat(Sandboxes.recentEnough("0.8.0")).isTrue();
        assertThat(Sandboxes.recentEnough("0.11.0")).isTrue();
        assertThat(Sandboxes.recentEnough("1.0")).isTrue();
        assertThat(Sandboxes.recentEnough("0.6.1")).isFalse();
        assertThat(Sandboxes.recentEnough("0.7.99")).isFalse();
    }

    @Test
    void withoutBwrapTheSandboxIsUnavailableSayingSo() {
        Sandbox none = Sandboxes.detect(java.util.Map.of("PATH", "/nonexistent"));

        assertThat(none).isInstanceOf(Unavailable.class);
        assertThat(none.description()).isEqualTo("unavailable: bwrap is not installed");
    }

    // The arguments after each occurrence of option: both of a bind, the one of --dir.
    private static List<String> pairs(List<String> line, String option) {
        int arguments = option.equals("--dir") ? 1 : 2;
        List<String> found = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).equals(option)) {
                found.add(String.join(" ", line.subList(i + 1, i + 1 + arguments)));
            }
        }
        return found;
    }
}
