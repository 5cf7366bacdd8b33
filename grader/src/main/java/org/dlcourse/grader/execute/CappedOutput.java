package org.dlcourse.grader.execute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Drains a stream on its own thread, keeping only its first and last bytes: a test that prints in a loop costs
 * neither memory nor disk, and what is kept shows how the output began and how it ended.
 */
final class CappedOutput {

    /** Bytes kept from the start and, separately, from the end of the stream. */
    static final int KEEP = 32 * 1024;

    private final byte[] head = new byte[KEEP];
    private final byte[] tail = new byte[KEEP];
    private long total;
    private final Thread drainer;

    private CappedOutput(InputStream stream, String name) {
        drainer = new Thread(() -> drain(stream), name);
        drainer.setDaemon(true);
        drainer.start();
    }

    /** Starts draining {@code stream}. */
    static CappedOutput drain(InputStream stream, String name) {
        return new CappedOutput(stream, name);
    }

    private void drain(InputStream stream) {
        byte[] buffer = new byte[8192];
        try (stream) {
            for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                append(buffer, n);
            }
        } catch (IOException closed) {
            // The process was killed: what was read so far is all there is.
        }
    }

    private synchronized void append(byte[] buffer, int n) {
        for (int i = 0; i < n; i++) {
            if (total < KEEP) {
                head[(int) total] = buffer[i];
            } else {
                tail[(int) ((total - KEEP) % KEEP)] = buffer[i];
            }
            total++;
        }
    }

    /** Waits until the stream has ended (the process is gone), at most {@code millis}. */
    void await(long millis) throws InterruptedException {
        drainer.join(millis);
    }

    /** The kept output: the head, and if more was written, a marker and the tail. */
    synchronized String text() {
        if (total <= KEEP) {
            return new String(head, 0, (int) total, StandardCharsets.UTF_8);
        }
        long tailLength = Math.min(total - KEEP, KEEP);
        byte[] end = new byte[(int) tailLength];
        long start = total - tailLength;
        for (int i = 0; i < tailLength; i++) {
            end[i] = tail[(int) ((start + i - KEEP) % KEEP)];
        }
        long omitted = total - KEEP - tailLength;
        String marker = omitted > 0 ? "\n[… " + omitted + " bytes omitted …]\n" : "";
        return new String(head, StandardCharsets.UTF_8) + marker + new String(end, StandardCharsets.UTF_8);
    }

    /** The last non-blank line of the kept output, or empty. */
    String lastLine() {
        String[] lines = text().strip().split("\\R");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    /** Writes the kept output to {@code file}. */
    void writeTo(Path file) {
        try {
            Files.writeString(file, text(), StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
