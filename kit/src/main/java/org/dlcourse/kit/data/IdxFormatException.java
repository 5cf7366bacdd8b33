package org.dlcourse.kit.data;

import java.io.IOException;
import java.nio.file.Path;

/** A file is not a valid IDX file of the expected kind: wrong magic number, truncated, trailing bytes, bad values. */
public final class IdxFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** An exception whose message is {@code file: problem}. */
    public IdxFormatException(Path file, String problem) {
        this(file, problem, null);
    }

    /** An exception whose message is {@code file: problem}, caused by {@code cause} (e.g. a corrupt gzip stream). */
    public IdxFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }
}
