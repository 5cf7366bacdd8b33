package org.dlcourse.grader.report;

import java.util.Locale;

/**
 * Text a test, compiler or submission produced, made safe to show a person: every character a terminal or a
 * renderer would act on instead of showing is written as a visible {@code \u001b} escape, and lines are cut.
 *
 * <p>Escaped: C0 controls except newline and tab (ESC can clear the screen or colour a fake "all tests passed",
 * CR overwrite a line, BS erase text), DEL and the C1 controls, the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C) that reorder what is shown, the Unicode line and
 * paragraph separators, and lone surrogates. A line longer than {@link #MAX_LINE} characters ends with
 * {@code …(N more characters)}, so no message can flood a terminal or a CI step summary.
 */
final class ReadableText {

    /** The longest line kept whole; with its cut marker and any prefix a line stays under 300 characters. */
    static final int MAX_LINE = 240;

    private ReadableText() {
    }

    /** {@code text} with its active characters escaped, then its lines cut at {@link #MAX_LINE}. */
    static String of(String text) {
        return capLines(escaped(text));
    }

    /** {@code text} with every character a reader's terminal or renderer would act on written as {@code \\uXXXX}. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (active(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean active(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029
                || Character.isSurrogate(c);
    }

    /** {@code text} with every line longer than {@link #MAX_LINE} cut, saying how many characters were left out. */
    static String capLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            out.append(capLine(line));
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    private static String capLine(String line) {
        if (line.length() <= MAX_LINE) {
            return line;
        }
        int cut = Character.isHighSurrogate(line.charAt(MAX_LINE - 1)) ? MAX_LINE - 1 : MAX_LINE;
        return line.substring(0, cut) + "…(" + (line.length() - cut) + " more characters)";
    }
}
