package org.dlcourse.grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A buggy variant stored as what it changes: a unified diff ({@code diff -u}, paths {@code a/<path>} and
 * {@code b/<path>} below {@code src/main/java}) against the exercise's reference solution.
 *
 * <p>Applied strictly: every hunk's context and removed lines must match the solution exactly at the stated line
 * (shifted only by the earlier hunks of the same file), with no fuzz. A patch that no longer applies means the
 * solution changed under the variant; the failure says which file and line, and the variant must be regenerated
 * with {@code diff -u --label a/PATH --label b/PATH solutions/ID/src/main/java/PATH BUGGY_COPY}.
 */
final class VariantPatch {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*$");

    private VariantPatch() {
    }

    /** Applies {@code patch} to the sources below {@code sourceRoot} in place. */
    static void apply(Path patch, Path sourceRoot) throws IOException {
        List<String> lines = Files.readAllLines(patch, StandardCharsets.UTF_8);
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("--- a/") || i + 1 >= lines.size() || !lines.get(i + 1).startsWith("+++ b/")) {
                throw new IllegalStateException(patch + ":" + (i + 1) + ": expected a '--- a/PATH' and '+++ b/PATH' header");
            }
            String path = lines.get(i + 1).substring("+++ b/".length()).strip();
            i += 2;
            Path file = sourceRoot.resolve(path);
            List<String> source = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            int shift = 0;
            while (i < lines.size() && lines.get(i).startsWith("@@")) {
                Matcher hunk = HUNK.matcher(lines.get(i));
                if (!hunk.matches()) {
                    throw new IllegalStateException(patch + ":" + (i + 1) + ": not a hunk header: " + lines.get(i));
                }
                int at = Integer.parseInt(hunk.group(1)) - 1 + shift;
                i++;
                int position = at;
                List<String> replacement = new ArrayList<>();
                int removed = 0;
                while (i < lines.size() && !lines.get(i).startsWith("@@") && !lines.get(i).startsWith("--- a/")) {
                    String line = lines.get(i);
                    char kind = line.isEmpty() ? ' ' : line.charAt(0);
                    String text = line.isEmpty() ? "" : line.substring(1);
                    if (kind == ' ' || kind == '-') {
                        if (position >= source.size() || !source.get(position).equals(text)) {
                            throw new IllegalStateException(patch + ": no longer applies to " + path + " at line "
                                    + (position + 1) + ": expected \"" + text + "\"; regenerate the variant");
                        }
                        position++;
                        removed++;
                        if (kind == ' ') {
                            replacement.add(text);
                        }
                    } else if (kind == '+') {
                        replacement.add(text);
                    } else if (kind != '\\') {
                        throw new IllegalStateException(patch + ":" + (i + 1) + ": unexpected line: " + line);
                    }
                    i++;
                }
                source.subList(at, at + removed).clear();
                source.addAll(at, replacement);
                shift += replacement.size() - removed;
            }
            Files.write(file, source, StandardCharsets.UTF_8);
        }
    }
}
