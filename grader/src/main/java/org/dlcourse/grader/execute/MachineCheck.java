package org.dlcourse.grader.execute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.dlcourse.grader.MachineNotReadyException;
import org.dlcourse.grader.course.Exercise;
import org.dlcourse.kit.data.FashionMnistLocator;
import org.dlcourse.kit.data.FashionMnistUnavailableException;

/**
 * What the test JVMs need from this machine, made ready before anything is graded: free space for the workspaces,
 * Fashion-MNIST for the exercises that read it ({@link Exercise#datasets()}), and the ND4J backend loaded once
 * with its native libraries extracted ({@link NativeLibraries}). A missing piece is the machine's fault, never the
 * student's: {@link #prepare} throws naming how to fix it, and nothing is graded.
 *
 * <p>Fashion-MNIST is located (or downloaded, with its checksums) here, outside any sandbox, as the kit would: a
 * sandboxed JVM has no network and sees only the directories it is given, so the grader hands it that very
 * directory.
 *
 * @param fashionMnist where Fashion-MNIST is looked for; {@link FashionMnistLocator#fromEnvironment()} by default
 * @param scratch the directory the workspaces go to, {@code java.io.tmpdir} by default
 * @param minimumFreeBytes the usable space {@code scratch} must have
 */
public record MachineCheck(Supplier<FashionMnistLocator> fashionMnist, Path scratch, long minimumFreeBytes) {

    /**
     * The usable space a grading needs in the scratch directory, 512 MiB: a conservative floor, not a measurement.
     * A workspace holds copies of the sources, compiled classes and each test JVM's output, capped per JVM by
     * {@link CappedOutput}; with several submissions graded at once a few hundred MiB must be free.
     */
    public static final long MINIMUM_FREE_BYTES = 512L << 20;

    /** Requires every component. */
    public MachineCheck {
        Objects.requireNonNull(fashionMnist, "fashionMnist");
        Objects.requireNonNull(scratch, "scratch");
    }

    /** This machine: Fashion-MNIST where the kit looks for it, the JVM's temporary directory, the default floor. */
    public static MachineCheck ofThisMachine() {
        return new MachineCheck(FashionMnistLocator::fromEnvironment, Path.of(System.getProperty("java.io.tmpdir")),
                MINIMUM_FREE_BYTES);
    }

    /**
     * Makes this machine ready to grade {@code exercises} in test JVMs on {@code runtimeClasspath}.
     *
     * @param backend the ND4J backend the exercises that use ND4J run on
     * @return Fashion-MNIST's directory if any of {@code exercises} reads it, else empty
     * @throws MachineNotReadyException if space is short or Fashion-MNIST cannot be found nor downloaded
     * @throws org.dlcourse.kit.backend.BackendUnavailableException if ND4J does not load on {@code backend}
     */
    public Optional<Path> prepare(List<Exercise> exercises, List<Path> runtimeClasspath, String backend)
            throws IOException {
        requireFreeSpace();
        Optional<Path> located = Optional.empty();
        List<String> readers = exercises.stream()
                .filter(exercise -> exercise.datasets().contains(Exercise.FASHION_MNIST))
                .map(Exercise::id)
                .toList();
        if (!readers.isEmpty()) {
            try {
                located = Optional.of(fashionMnist.get().locate().toAbsolutePath());
            } catch (FashionMnistUnavailableException unavailable) {
                throw new MachineNotReadyException("nothing graded: " + String.join(", ", readers) + " read"
                        + (readers.size() == 1 ? "s" : "") + " Fashion-MNIST, and this machine has no copy. "
                        + unavailable.getMessage(), unavailable);
            }
        }
        if (exercises.stream().anyMatch(Exercise::usesNd4j)) {
            NativeLibraries.extract(ExecuteStage.testJvmClasspath(runtimeClasspath), backend);
        }
        return located;
    }

    private void requireFreeSpace() throws IOException {
        Path directory = scratch.toAbsolutePath();
        if (!Files.isDirectory(directory)) {
            throw new MachineNotReadyException("nothing graded: the temporary directory " + directory
                    + " does not exist; create it or point java.io.tmpdir at a writable directory");
        }
        long usable = Files.getFileStore(directory).getUsableSpace();
        if (usable < minimumFreeBytes) {
            throw new MachineNotReadyException("nothing graded: " + directory + " has " + (usable >> 20)
                    + " MiB free, the grader needs at least " + (minimumFreeBytes >> 20) + " MiB; free some space"
                    + " there or point java.io.tmpdir at a larger disk");
        }
    }
}
