package org.dlcourse.kit.bytecode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Source lines of fixture classes, found by their {@code // line:<tag>} markers. */
final class FixtureLines {

    // Surefire and IDEs run tests in the module directory, where the test sources are.
    private static final Path TEST_SOURCES = Path.of("src", "test", "java");

    private FixtureLines() {
    }

    /** The 1-based line of {@code fixture}'s source that ends with {@code // line:tag}. */
    static int of(Class<?> fixture, String tag) {
        Path source = TEST_SOURCES.resolve(fixture.getName().replace('.', '/') + ".java");
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("fixture source not found from " + Path.of("").toAbsolutePath(), unreadable);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("// line:" + tag)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line tagged '" + tag + "' in " + source);
    }
}
