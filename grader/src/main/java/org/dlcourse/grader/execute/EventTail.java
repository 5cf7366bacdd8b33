package org.dlcourse.grader.execute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dlcourse.grader.runner.EventSeal;
import org.dlcourse.grader.runner.RunnerEvent;

/**
 * Reads the events a test JVM appends to its results file, as they arrive. A line counts once it is complete: a
 * JVM killed in the middle of a line leaves a fragment, which is ignored. Each line must carry the seal of the
 * JVM's key ({@link EventSeal}); at the first line that does not, the file counts as tampered with and nothing from
 * there on is read.
 */
final class EventTail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final EventSeal seal;
    private long position;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private boolean tampered;

    /** A reader of {@code file}, whose lines are sealed with {@code key}. */
    EventTail(Path file, String key) {
        this.file = file;
        this.seal = new EventSeal(key);
    }

    /** Whether a line failed its seal (or was not an event): what follows it is ignored. */
    boolean tampered() {
        return tampered;
    }

    /** The events completed since the last call. */
    List<RunnerEvent> read() throws IOException {
        List<RunnerEvent> events = new ArrayList<>();
        if (tampered || !Files.exists(file)) {
            return events;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(position);
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            for (int n = channel.read(buffer); n > 0; n = channel.read(buffer)) {
                position += n;
                for (int i = 0; i < n; i++) {
                    byte b = buffer.get(i);
                    if (b == '\n') {
                        RunnerEvent event = parse(seal.open(partial.toString(StandardCharsets.UTF_8)));
                        partial.reset();
                        if (event == null) {
                            tampered = true;
                            return events;
                        }
                        events.add(event);
                    } else {
                        partial.write(b);
                    }
                }
                buffer.clear();
            }
        }
        return events;
    }

    // Null for a line that failed its seal or, though sealed, is no event.
    private static RunnerEvent parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, RunnerEvent.class);
        } catch (JsonProcessingException notAnEvent) {
            return null;
        }
    }
}
