package org.dlcourse.grader.stubs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The solution regions of a solution source: what {@link StubGenerator} removes and the release audit must never
 * find again in a handout.
 */
public final class SolutionRegions {

    static final Pattern BEGIN = Pattern.compile("^([ \\t]*)// BEGIN SOLUTION(?:(:)[ \\t]*(.*?))?[ \\t]*$");
    static final Pattern END = Pattern.compile("^[ \\t]*// END SOLUTION[ \\t]*$");

    /**
     * One region.
     *
     * @param task the text after {@code BEGIN SOLUTION:}, the stub's TODO message; empty for a bare region
     * @param firstLine the line of the first body line (1-based)
     * @param body the lines between the markers, with their line endings
     */
    public record Region(String task, int firstLine, String body) {
    }

    private SolutionRegions() {
    }

    /**
     * The regions of {@code source}, in order; markers that {@link StubGenerator#stub} rejects are skipped here, since
     * {@code stubs --check} reports them.
     */
    public static List<Region> of(String source) {
        String[] lines = source.split("(?<=\n)");
        List<Region> regions = new ArrayList<>();
        String task = null;
        int first = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String content = lines[i].replaceAll("\\r?\\n$", "");
            Matcher begin = BEGIN.matcher(content);
            if (begin.matches()) {
                task = begin.group(3) == null ? "" : begin.group(3);
                first = i + 2;
                body.setLength(0);
            } else if (END.matcher(content).matches() && task != null) {
                regions.add(new Region(task, first, body.toString()));
                task = null;
            } else if (task != null) {
                body.append(lines[i]);
            }
        }
        return regions;
    }
}
