package org.dlcourse.kit.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a data file as the bytes it holds: gunzipped when it starts with the gzip magic bytes 1f 8b (RFC 1952,
 * section 2.3.1), as is otherwise.
 *
 * <p>Detection by content rather than by the {@code .gz} suffix because copies of the data set circulate both
 * ways, sometimes renamed; the IDX reader and the checksums read through here, so both see the same bytes.
 */
final class IdxStreams {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private IdxStreams() {
    }

    /** A buffered stream of the content of {@code file}, decompressed if the file is gzip-compressed. */
    static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            raw.mark(2);
            boolean gzip = raw.read() == GZIP_MAGIC_1 && raw.read() == GZIP_MAGIC_2;
            raw.reset();
            return gzip ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER_BYTES), BUFFER_BYTES) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }
}
