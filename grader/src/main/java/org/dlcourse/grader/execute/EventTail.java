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
import org.dlcourse.grader.runner.RunnerEvent;

/**
 * Reads the events a test JVM appends to its results file, as they arrive. A line counts once it is complete: a
 * JVM killed in the middle of a line leaves a fragment, which is ignored.
 */
final class EventTail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private long position;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    EventTail(Path file) {
        this.file = file;
    }

    /** The events completed since the last call. */
    List<RunnerEvent> read() throws IOException {
        List<RunnerEvent> events = new ArrayList<>();
        if (!Files.exists(file)) {
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
                        events.add(parse(partial.toString(StandardCharsets.UTF_8)));
                        partial.reset();
                    } else {
                        partial.write(b);
                    }
                }
                buffer.clear();
            }
        }
        return events;
    }

    private static RunnerEvent parse(String line) throws JsonProcessingException {
        return JSON.readValue(line, RunnerEvent.class);
    }
}
