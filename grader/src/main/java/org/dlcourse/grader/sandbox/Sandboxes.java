package org.dlcourse.grader.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds the machine's sandbox: bubblewrap if it is installed and works here, else {@link Unavailable} saying why. */
public final class Sandboxes {

    /** Names the bwrap executable to use instead of the one on {@code PATH}. */
    public static final String EXECUTABLE_VARIABLE = "DLCOURSE_BWRAP";
    private static final long PROBE_SECONDS = 20;
    private static Sandbox detected;

    private Sandboxes() {
    }

    /** This machine's sandbox, probed once per process. */
    public static synchronized Sandbox bubblewrap() {
        if (detected == null) {
            detected = detect(System.getenv());
        }
        return detected;
    }

    /**
     * Looks for bwrap ({@value #EXECUTABLE_VARIABLE}, else {@code PATH}) and the util-linux tools it is used with,
     * and runs {@code true} in a sandbox like the grader's to see that the namespaces can be created here.
     */
    static Sandbox detect(Map<String, String> environment) {
        Optional<Path> executable = Optional.ofNullable(environment.get(EXECUTABLE_VARIABLE)).map(Path::of)
                .or(() -> onPath(environment.getOrDefault("PATH", ""), "bwrap"));
        if (executable.isEmpty() || !Files.isExecutable(executable.get())) {
            return new Unavailable("bwrap is not installed");
        }
        boolean asRoot = runsAsRoot();
        for (String tool : asRoot ? List.of("/usr/bin/prlimit", "/usr/bin/setpriv") : List.of("/usr/bin/prlimit")) {
            if (!Files.isExecutable(Path.of(tool))) {
                return new Unavailable(tool + " (util-linux) is not installed");
            }
        }
        try {
            String version = run(List.of(executable.get().toString(), "--version")).strip().replace("bubblewrap ", "");
            if (!recentEnough(version)) {
                return new Unavailable("bubblewrap " + version + " is too old: the grader uses options of 0.8.0 and"
                        + " newer (Debian 12, Ubuntu 24.04)");
            }
            Bubblewrap bubblewrap = new Bubblewrap(executable.get(), asRoot, version);
            Path scratch = Files.createTempDirectory("dlcourse-sandbox-probe-");
            try {
                run(bubblewrap.confine(Confinement.of(List.of(), List.of(scratch), scratch),
                        List.of("/usr/bin/true")));
            } finally {
                Files.deleteIfExists(scratch);
            }
            return bubblewrap;
        } catch (IOException failed) {
            return new Unavailable("bwrap cannot create its namespaces here: " + failed.getMessage());
        }
    }

    /** Whether bubblewrap {@code version} ({@code 0.8.0}, say) has the options the grader uses: 0.8.0 or newer. */
    static boolean recentEnough(String version) {
        String[] parts = version.split("[.]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
            return major > 0 || minor >= 8;
        } catch (NumberFormatException unknown) {
            // An unknown form: let the probe decide.
            return true;
        }
    }

    /** Whether this process runs as root, whose sandboxes then switch to a user of their own. */
    static boolean runsAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException noProc) {
            return false;
        }
    }

    private static Optional<Path> onPath(String path, String name) {
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, name))) {
                return Optional.of(Path.of(directory, name));
            }
        }
        return Optional.empty();
    }

    // Runs a short command; its standard output, or an IOException with the last line of its error output.
    private static String run(List<String> command) throws IOException {
        Path errors = Files.createTempFile("dlcourse-sandbox-probe-", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + PROBE_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
                throw new IOException((lines.isEmpty() ? "exit code " + process.exitValue()
                        : lines.get(lines.size() - 1).strip()));
            }
            return output;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
