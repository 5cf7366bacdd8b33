package org.dlcourse.grader.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends {@link RunnerEvent}s to the results file, one JSON line each, flushed at once so the grader sees them. */
final class EventLog implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter out;

    private EventLog(BufferedWriter out) {
        this.out = out;
    }

    static EventLog append(Path file) throws IOException {
        return new EventLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND));
    }

    // Flushed per line: when the JVM dies, every line written so far, and so the test that was running, is known.
    synchronized void write(RunnerEvent event) {
        try {
            out.write(JSON.writeValueAsString(event));
            out.write('\n');
            out.flush();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
