package org.dlcourse.grader.runner;

/**
 * Text from the student's code made fit for the results file: well-formed UTF-16 (each lone surrogate, which no
 * UTF-8 encoder accepts, becomes U+FFFD) and capped in length.
 */
final class SafeText {

    private static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /**
     * {@code text} {@linkplain #wellFormed well-formed} and cut to {@code max} characters, never inside a surrogate
     * pair, saying how much was cut; null stays null.
     */
    static String capped(String text, int max) {
        if (text == null || text.length() <= max) {
            return wellFormed(text);
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) && Character.isLowSurrogate(text.charAt(max))
                ? max - 1 : max;
        return wellFormed(text.substring(0, end)) + " … (" + (text.length() - end) + " more characters)";
    }

    /** {@code text} with every surrogate that is not half of a pair replaced by U+FFFD; null stays null. */
    static String wellFormed(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder repaired = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (repaired != null) {
                    repaired.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (repaired == null) {
                    repaired = new StringBuilder(length).append(text, 0, i);
                }
                repaired.append(REPLACEMENT);
            } else if (repaired != null) {
                repaired.append(c);
            }
        }
        return repaired == null ? text : repaired.toString();
    }
}
