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

/**
 * Appends {@link RunnerEvent}s to the results file, one sealed JSON line each ({@link EventSeal}), flushed at once so
 * the grader sees them.
 */
final class EventLog implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter out;
    private final EventSeal seal;

    private EventLog(BufferedWriter out, EventSeal seal) {
        this.out = out;
        this.seal = seal;
    }

    static EventLog append(Path file, String key) throws IOException {
        return new EventLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), new EventSeal(key));
    }

    // Flushed per line: when the JVM dies, every line written so far, and so the test that was running, is known.
    synchronized void write(RunnerEvent event) {
        try {
            // Well-formed, or the UTF-8 writer throws: the texts are capped and repaired where they are made, and this
            // is the last line of defence for any text that was not.
            out.write(seal.seal(SafeText.wellFormed(JSON.writeValueAsString(event))));
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
