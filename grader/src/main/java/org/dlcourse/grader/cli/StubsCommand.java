package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlcourse.grader.stubs.StubCheck;
import org.dlcourse.grader.stubs.StubTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader stubs}: regenerates {@code exercises/*}/src/main/java from the solutions, or checks it is current. */
@Command(name = "stubs", mixinStandardHelpOptions = true,
        description = "Regenerates exercises/ID/src/main/java from solutions/ID/src/main/java, replacing each"
                + " solution region with a TODO; with --check, only reports stale, missing and extra stubs.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.STUBS_LINE, ExitCodes.USAGE_LINE, ExitCodes.INTERNAL_LINE})
final class StubsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--check", description = "Write nothing; fail with exit code 1 if exercises/ is not current.")
    private boolean check;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The course repository, holding solutions/ and exercises/ (default: the current directory).")
    private Path root;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        StubTree tree = new StubTree(root);
        if (check) {
            StubCheck result = tree.check();
            if (result.upToDate()) {
                out.println("grader: stubs are current (" + result.current().size() + " files)");
                out.flush();
                return ExitCodes.OK;
            }
            PrintWriter err = spec.commandLine().getErr();
            list(err, "stale", result.stale());
            list(err, "missing", result.missing());
            list(err, "extra", result.extra());
            err.println("grader: exercises/ is not generated from solutions/; regenerate it with: grader stubs --root "
                    + root.toAbsolutePath().normalize() + "  (or grader/bin/grader stubs from the repository root)");
            err.flush();
            return ExitCodes.STUBS_STALE;
        }
        StubCheck before = tree.write();
        out.println("grader: stubs written: " + before.stale().size() + " updated, " + before.missing().size()
                + " created, " + before.extra().size() + " deleted, " + before.current().size() + " unchanged");
        out.flush();
        return ExitCodes.OK;
    }

    private static void list(PrintWriter err, String kind, List<String> paths) {
        for (String path : paths) {
            err.println(kind + ": " + path);
        }
    }
}
