package org.dlcourse.grader.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Java source as a normalized token stream, the representation similarity checkers (JPlag, Moss) compare: an
 * identifier becomes {@code ID} and every literal {@code LIT}, keywords and operators stay, whitespace and comments
 * go. Renaming variables, parameters, types and local methods, changing constants or reformatting therefore leaves
 * the stream unchanged. A name after a dot ({@code logits.subColumnVector}, {@code labels.length}) is kept: it is the
 * API the code calls, which a copy keeps, and without it every loop over an array looks like every other (measured
 * in {@code docs/authors.md}, "Given code"). A hand-written scanner rather than javac's, since solution regions and
 * code in lectures are fragments, not compilation units.
 */
final class CodeTokens {

    /**
     * One normalized token.
     *
     * @param kind {@code ID}, {@code LIT}, a keyword or an operator
     * @param line its line in the scanned text (1-based, plus the offset given to {@link #of})
     */
    record Token(String kind, int line) {
    }

    static final String IDENTIFIER = "ID";
    static final String LITERAL = "LIT";

    static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "var", "record", "yield");
    private static final Set<String> WORD_LITERALS = Set.of("true", "false", "null");
    /** Multi-character operators, longest first so that the scanner takes the longest match. */
    private static final List<String> OPERATORS = List.of(">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "++",
            "--", "&&", "||", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%=", "<<", ">>");

    private CodeTokens() {
    }

    /** The normalized tokens of {@code source}, whose first line is line {@code firstLine}. */
    static List<Token> of(String source, int firstLine) {
        List<Token> tokens = new ArrayList<>();
        int line = firstLine;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int start = i;
            if (c == '\n') {
                line++;
                i++;
                continue;
            } else if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
                continue;
            } else if (source.startsWith("/*", i)) {
                i = after(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                i = after(source, "\"\"\"", i + 3);
                tokens.add(new Token(LITERAL, line));
            } else if (c == '"' || c == '\'') {
                i = quotedEnd(source, i);
                tokens.add(new Token(LITERAL, line));
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(source.charAt(i + 1))) {
                i = numberEnd(source, i);
                tokens.add(new Token(LITERAL, line));
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < n && Character.isJavaIdentifierPart(source.charAt(i))) {
                    i++;
                }
                String word = source.substring(start, i);
                boolean member = !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind().equals(".");
                tokens.add(new Token(KEYWORDS.contains(word) || member ? word
                        : WORD_LITERALS.contains(word) ? LITERAL : IDENTIFIER, line));
            } else {
                String operator = operatorAt(source, i);
                i += operator.length();
                tokens.add(new Token(operator, line));
            }
            line += newlines(source, start, i);
        }
        return tokens;
    }

    private static String operatorAt(String source, int i) {
        for (String operator : OPERATORS) {
            if (source.startsWith(operator, i)) {
                return operator;
            }
        }
        return String.valueOf(source.charAt(i));
    }

    private static int lineEnd(String source, int i) {
        int end = source.indexOf('\n', i);
        return end < 0 ? source.length() : end;
    }

    private static int after(String source, String closing, int from) {
        int end = source.indexOf(closing, from);
        return end < 0 ? source.length() : end + closing.length();
    }

    private static int quotedEnd(String source, int i) {
        char quote = source.charAt(i);
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != quote && source.charAt(j) != '\n') {
            j += source.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j + 1, source.length());
    }

    private static int numberEnd(String source, int i) {
        int j = i;
        while (j < source.length()) {
            char c = source.charAt(j);
            boolean exponentSign = (c == '+' || c == '-') && "eEpP".indexOf(source.charAt(j - 1)) >= 0
                    && !source.startsWith("0x", i) && !source.startsWith("0X", i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign)) {
                break;
            }
            j++;
        }
        return j;
    }

    private static int newlines(String source, int from, int to) {
        int count = 0;
        for (int j = from; j < to; j++) {
            if (source.charAt(j) == '\n') {
                count++;
            }
        }
        return count;
    }
}
