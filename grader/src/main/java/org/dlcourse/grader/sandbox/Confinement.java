package org.dlcourse.grader.sandbox;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a confined process may see and do: the paths it may read, the directories it may write, where it starts,
 * and its limits. Every path appears inside the sandbox at the same absolute path as outside, so command lines need
 * no translation; nothing else of the file system is there, apart from the system's read-only {@code /usr}.
 *
 * @param readable files and directories it may read (not write), at their own paths
 * @param writable directories it may read and write, at their own paths
 * @param layered directories whose entries it may read (not change), and in which it may add files of its own that
 *     vanish with it: a cache that a program insists on being able to write (JavaCPP's), without letting one
 *     sandbox change what another reads
 * @param workingDirectory where it starts; one of {@code writable}
 * @param processes the most processes and threads it may have at once ({@code RLIMIT_NPROC})
 * @param fileBytes the largest file it may write ({@code RLIMIT_FSIZE})
 * @param scratchBytes the size of its private {@code /tmp}
 */
public record Confinement(List<Path> readable, List<Path> writable, List<Path> layered, Path workingDirectory,
                          int processes, long fileBytes, long scratchBytes) {

    /** Test JVMs: ND4J's OpenMP pool, JUnit and the JVM's own threads stay far below this; a fork bomb does not. */
    public static final int DEFAULT_PROCESSES = 256;
    /** Results files and captured output are capped far below this. */
    public static final long DEFAULT_FILE_BYTES = 256L * 1024 * 1024;
    /** Private {@code /tmp}: nothing the course does writes there. */
    public static final long DEFAULT_SCRATCH_BYTES = 64L * 1024 * 1024;

    /** Checks the components; removes duplicate paths, keeping the first. */
    public Confinement {
        readable = List.copyOf(new LinkedHashSet<>(readable.stream().map(Path::toAbsolutePath).toList()));
        writable = List.copyOf(new LinkedHashSet<>(writable.stream().map(Path::toAbsolutePath).toList()));
        layered = List.copyOf(new LinkedHashSet<>(layered.stream().map(Path::toAbsolutePath).toList()));
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        if (processes < 1 || fileBytes < 1 || scratchBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** A confinement with no layered directories and the default limits. */
    public static Confinement of(List<Path> readable, List<Path> writable, Path workingDirectory) {
        return of(readable, writable, List.of(), workingDirectory);
    }

    /** A confinement with the default limits. */
    public static Confinement of(List<Path> readable, List<Path> writable, List<Path> layered,
                                 Path workingDirectory) {
        return new Confinement(readable, writable, layered, workingDirectory, DEFAULT_PROCESSES, DEFAULT_FILE_BYTES,
                DEFAULT_SCRATCH_BYTES);
    }
}
