package org.dlcourse.kit.backend;

import java.io.PrintStream;
import java.util.Map;

/**
 * Prints the ND4J backend of this JVM as {@code key=value} lines, for scripts, CI logs and bug reports.
 *
 * <p>Usage: {@code BackendReport [cpu|cuda]}. With an argument, the loaded backend must be that one.
 * Exit codes: {@value #OK} the backend is usable (lines on stdout); {@value #USAGE} bad arguments;
 * {@value #UNAVAILABLE} ND4J cannot initialize or loaded another backend (one line on stderr).
 */
public final class BackendReport {

    /** The backend is usable; its description is on stdout. */
    public static final int OK = 0;
    /** The arguments were not {@code []}, {@code [cpu]} or {@code [cuda]}. */
    public static final int USAGE = 2;
    /** ND4J cannot serve the backend; the reason is on stderr. */
    public static final int UNAVAILABLE = 3;

    private BackendReport() {
    }

    /** Runs the report and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the report writing to {@code out} and {@code err}, and returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 1 || (args.length == 1 && !args[0].equals("cpu") && !args[0].equals("cuda"))) {
            err.println("usage: BackendReport [cpu|cuda]");
            return USAGE;
        }
        try {
            BackendInfo info = args.length == 0 ? Backends.detect() : Backends.require(args[0]);
            for (Map.Entry<String, String> entry : info.asMap().entrySet()) {
                out.println(entry.getKey() + "=" + entry.getValue());
            }
            return OK;
        } catch (BackendUnavailableException unavailable) {
            err.println(unavailable.getMessage());
            return UNAVAILABLE;
        }
    }
}
