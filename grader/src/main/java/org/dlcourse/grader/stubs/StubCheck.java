package org.dlcourse.grader.stubs;

import java.util.List;

/**
 * How {@code exercises/} differs from what the stub generator makes of {@code solutions/}; paths relative to the
 * repository root.
 *
 * @param stale stubs whose content differs from the generated one
 * @param missing stubs that should exist and do not
 * @param extra files under an exercise's {@code src/main/java} that no solution file generates
 * @param current the stubs that are as generated
 */
public record StubCheck(List<String> stale, List<String> missing, List<String> extra, List<String> current) {

    /** Copies the lists. */
    public StubCheck {
        stale = List.copyOf(stale);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        current = List.copyOf(current);
    }

    /** Whether {@code exercises/} is exactly what the generator makes. */
    public boolean upToDate() {
        return stale.isEmpty() && missing.isEmpty() && extra.isEmpty();
    }
}
