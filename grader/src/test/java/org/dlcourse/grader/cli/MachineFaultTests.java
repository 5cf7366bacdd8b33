package org.dlcourse.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.sandbox.Sandboxes;
import org.dlcourse.grader.sandbox.Unavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine without Fashion-MNIST grades nobody: the grader runs as a separate process in a bubblewrap namespace
 * where Debian's data set directory is empty and there is no network, {@code FASHION_MNIST_DIR} names an empty
 * directory and the download cache is empty, as on a fresh machine offline. Grading 02-sgd, which reads the data
 * set, must then exit with 3, say how to provide it, and leave the gradebook as it was.
 */
class MachineFaultTests {

    private static final String SGD = "02-sgd";

    @TempDir
    Path temporary;

    @Test
    void withoutFashionMnistABatchExitsWithThreeAndTheGradebookIsUnchanged() throws Exception {
        assumeTrue(!(Sandboxes.bubblewrap() instanceof Unavailable),
                () -> "hiding the data set needs bubblewrap's namespaces: " + Sandboxes.bubblewrap().description());
        Path classDirectory = temporary.resolve("class");
        Files.createDirectories(classDirectory.resolve("bob"));
        Path grades = temporary.resolve("grades");
        Result before = grader(false, "batch", classDirectory.toString(), "-e", SGD, "--out", grades.toString(),
                "--no-sandbox", "--progress", "plain");
        assertThat(before.code()).as(before.output()).isEqualTo(ExitCodes.OK);
        Path gradebook = grades.resolve("gradebook.db");
        byte[] recorded = Files.readAllBytes(gradebook);
        Fixtures.copyTree(Fixtures.repository().resolve("exercises").resolve(SGD).resolve("src/main/java"),
                classDirectory.resolve("alice").resolve(SGD).resolve("src/main/java"));

        Result without = grader(true, "batch", classDirectory.toString(), "-e", SGD, "--out", grades.toString(),
                "--no-sandbox", "--progress", "plain");

        assertThat(without.code()).as(without.output()).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(without.output()).startsWith("grader: nothing graded: 02-sgd reads Fashion-MNIST, and this machine"
                + " has no copy.").contains("apt-get install dataset-fashion-mnist", "FASHION_MNIST_DIR");
        assertThat(Files.readAllBytes(gradebook)).as("the gradebook is unchanged").isEqualTo(recorded);
        assertThat(grades.resolve("feedback/alice.md")).doesNotExist();

        Result single = grader(true, "grade", classDirectory.resolve("alice").toString(), "--no-sandbox");
        assertThat(single.code()).as(single.output()).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(single.output()).startsWith("grader: nothing graded: 02-sgd reads Fashion-MNIST");
    }

    private record Result(int code, String output) {
    }

    /** Runs the grader's command line on the real course in a JVM of its own, without the data set if asked. */
    private Result grader(boolean withoutDataSet, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path empty = Files.createDirectories(temporary.resolve("empty"));
        if (withoutDataSet) {
            command.addAll(List.of(System.getenv().getOrDefault(Sandboxes.EXECUTABLE_VARIABLE, "bwrap"), "--dev-bind", "/", "/", "--tmpfs",
                    "/usr/share/datasets", "--unshare-net", "--setenv", "FASHION_MNIST_DIR", empty.toString(),
                    "--setenv", "XDG_CACHE_HOME", empty.toString(), "--"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), GraderCommand.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--course", Fixtures.realBundle().toString()));
        Path output = temporary.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the grader ended").isTrue();
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
