package org.dlcourse.kit.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** A minimal IDX writer for tests, independent of the reader: magic 00 00 08 rank, big-endian sizes, bytes. */
final class IdxFiles {

    private IdxFiles() {
    }

    /** The IDX encoding of unsigned bytes {@code values} with sizes {@code dims}. */
    static byte[] encode(int[] dims, byte[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + values.length);
        buffer.put((byte) 0).put((byte) 0).put((byte) 0x08).put((byte) dims.length);
        for (int dim : dims) {
            buffer.putInt(dim);
        }
        return buffer.put(values).array();
    }

    /** {@code content} gzip-compressed. */
    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code content} to {@code file} and returns the file. */
    static Path write(Path file, byte[] content) throws IOException {
        return Files.write(file, content);
    }
}
