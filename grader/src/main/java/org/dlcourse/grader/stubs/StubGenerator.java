package org.dlcourse.grader.stubs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a solution source into its stub by replacing its solution regions.
 *
 * <pre>
 *         // BEGIN SOLUTION: subtract each row's maximum, exponentiate, divide by the row sums
 *         ...solution code, the rest of the method body...
 *         // END SOLUTION
 * </pre>
 * becomes, at the indentation of the {@code BEGIN} line,
 * <pre>
 *         throw new UnsupportedOperationException("TODO: subtract each row's maximum, exponentiate, divide by the row sums");
 * </pre>
 * A bare {@code // BEGIN SOLUTION} (no colon, no text) removes its region entirely, for members only the solution
 * has, such as helpers; when that leaves two blank lines in a row, one goes. Regions do not nest. Any other line
 * mentioning {@code BEGIN SOLUTION} or {@code END SOLUTION} is an error, since a mistyped marker would hand out
 * the solution. Line endings are kept.
 *
 * <p>A single-type import that only the removed code used ({@code import a.b.C;} whose simple name {@code C} no
 * longer occurs in the stub outside import lines) is dropped too, so that a stub neither hints at the solution's
 * classes nor carries unused imports. Imports the stub still names, static imports and on-demand imports are kept.
 */
public final class StubGenerator {

    private static final Pattern ANY_MARKER = Pattern.compile("(BEGIN|END) SOLUTION");
    private static final Pattern SINGLE_TYPE_IMPORT = Pattern.compile("^import\\s+[\\w.]+\\.(\\w+)\\s*;\\s*$");

    private StubGenerator() {
    }

    /**
     * The stub of {@code source}.
     *
     * @param file the source's path, for error messages
     * @throws StubRegionException if a region is unterminated, nested, closed without being opened, has a colon
     *     but no task text, or a marker is mistyped
     */
    public static String stub(String file, String source) {
        List<String> lines = splitKeepingEndings(source);
        List<String> out = new ArrayList<>();
        int openedAt = 0;
        boolean dropBlankAfterBareRegion = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String content = withoutEnding(line);
            int number = i + 1;
            Matcher begin = SolutionRegions.BEGIN.matcher(content);
            Matcher end = SolutionRegions.END.matcher(content);
            if (begin.matches()) {
                if (openedAt > 0) {
                    throw new StubRegionException(file, number, "BEGIN SOLUTION inside the region opened at line "
                            + openedAt + "; regions do not nest");
                }
                openedAt = number;
                if (begin.group(2) != null) {
                    String task = begin.group(3);
                    if (task.isEmpty()) {
                        throw new StubRegionException(file, number, "BEGIN SOLUTION: needs the task text for the"
                                + " student after the colon, or no colon for a region that is removed");
                    }
                    out.add(begin.group(1) + "throw new UnsupportedOperationException(\"TODO: " + javaString(task)
                            + "\");" + ending(line));
                } else {
                    dropBlankAfterBareRegion = !out.isEmpty() && withoutEnding(out.get(out.size() - 1)).isBlank();
                }
                continue;
            }
            if (end.matches()) {
                if (openedAt == 0) {
                    throw new StubRegionException(file, number, "END SOLUTION without a BEGIN SOLUTION");
                }
                openedAt = 0;
                continue;
            }
            if (ANY_MARKER.matcher(content).find()) {
                throw new StubRegionException(file, number, "malformed solution marker; write '// BEGIN SOLUTION:"
                        + " <task>', '// BEGIN SOLUTION' or '// END SOLUTION' alone on the line");
            }
            if (openedAt > 0) {
                continue;
            }
            if (dropBlankAfterBareRegion && content.isBlank()) {
                dropBlankAfterBareRegion = false;
                continue;
            }
            dropBlankAfterBareRegion = false;
            out.add(line);
        }
        if (openedAt > 0) {
            throw new StubRegionException(file, openedAt, "BEGIN SOLUTION without an END SOLUTION");
        }
        return String.join("", withoutUnusedImports(out));
    }

    private static List<String> withoutUnusedImports(List<String> lines) {
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (!withoutEnding(line).startsWith("import ")) {
                body.append(line);
            }
        }
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            Matcher single = SINGLE_TYPE_IMPORT.matcher(withoutEnding(line));
            if (single.matches() && !Pattern.compile("\\b" + single.group(1) + "\\b").matcher(body).find()) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    private static List<String> splitKeepingEndings(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String withoutEnding(String line) {
        return line.replaceAll("\\r?\\n$", "");
    }

    private static String ending(String line) {
        return line.substring(withoutEnding(line).length());
    }

    private static String javaString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
