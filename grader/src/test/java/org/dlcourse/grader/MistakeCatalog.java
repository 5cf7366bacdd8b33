package org.dlcourse.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typical mistakes of an exercise as its {@code solutions/<id>/MISTAKES.md} lists them for instructors and
 * course authors: one row of a three-column table per mistake, the buggy variants of the mutant corpus that embody
 * it, and the words of the feedback that name it.
 *
 * <p>A row reads {@code | mistake | "words the feedback shows" ... | `variant`, ... |}: every double-quoted phrase
 * of the second column and every back-quoted name of the third count; a {@code |} inside a cell is written
 * {@code \|}. Rows above the table's separator line ({@code |---|...}) are its header.
 */
record MistakeCatalog(List<Mistake> mistakes) {

    /** The file name, in {@code solutions/<id>/}. */
    static final String FILE_NAME = "MISTAKES.md";

    private static final Pattern SEPARATOR = Pattern.compile("\\|\\s*-{3,}.*");
    private static final Pattern CELL_BOUNDARY = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern BACK_QUOTED = Pattern.compile("`([^`]+)`");

    /** A typical mistake, the feedback phrases that name it, and the corpus variants that commit it. */
    record Mistake(String mistake, List<String> namedBy, List<String> variants) {
    }

    MistakeCatalog {
        mistakes = List.copyOf(mistakes);
    }

    static MistakeCatalog read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    /** The mistakes of the first table of {@code lines}; a row without three cells is an error naming the row. */
    static MistakeCatalog parse(List<String> lines) {
        List<Mistake> mistakes = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            String row = line.strip();
            if (!inTable) {
                inTable = SEPARATOR.matcher(row).matches();
                continue;
            }
            if (!row.startsWith("|")) {
                break;
            }
            String[] cells = CELL_BOUNDARY.split(row.substring(1), -1);
            if (cells.length < 3) {
                throw new IllegalArgumentException("a mistake row needs three cells: " + row);
            }
            mistakes.add(new Mistake(unescape(cells[0]).strip(), all(QUOTED, unescape(cells[1])),
                    all(BACK_QUOTED, cells[2])));
        }
        return new MistakeCatalog(mistakes);
    }

    /**
     * What this list gets wrong about a corpus, one sentence each, empty if nothing: every mistake must name
     * phrases and variants, every variant it names must be in the corpus and require each of the phrases, and every
     * variant of the corpus must commit a listed mistake.
     *
     * @param required for each variant of the corpus, the phrases its {@code variant.json} requires the feedback to
     *                 show; a variant requires a phrase if one of its required texts contains it
     */
    List<String> problems(Map<String, List<String>> required) {
        List<String> problems = new ArrayList<>();
        for (Mistake mistake : mistakes) {
            if (mistake.namedBy().isEmpty()) {
                problems.add("\"" + mistake.mistake() + "\" quotes no phrase of the feedback that names it");
            }
            if (mistake.variants().isEmpty()) {
                problems.add("\"" + mistake.mistake() + "\" names no variant that commits it");
            }
            for (String variant : mistake.variants()) {
                List<String> texts = required.get(variant);
                if (texts == null) {
                    problems.add("\"" + mistake.mistake() + "\" names the variant " + variant
                            + ", which is not in the corpus");
                    continue;
                }
                for (String phrase : mistake.namedBy()) {
                    if (texts.stream().noneMatch(text -> text.contains(phrase))) {
                        problems.add(variant + " does not require \"" + phrase + "\" in its feedback, which names \""
                                + mistake.mistake() + "\"");
                    }
                }
            }
        }
        required.keySet().stream().sorted()
                .filter(variant -> mistakes.stream().noneMatch(mistake -> mistake.variants().contains(variant)))
                .forEach(variant -> problems.add(variant + " commits no listed mistake"));
        return problems;
    }

    private static String unescape(String cell) {
        return cell.replace("\\|", "|");
    }

    private static List<String> all(Pattern pattern, String cell) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(cell);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
