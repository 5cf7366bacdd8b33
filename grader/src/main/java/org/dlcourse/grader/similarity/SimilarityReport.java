package org.dlcourse.grader.similarity;

import java.util.Locale;

/** The pairs of a {@link SimilarityCheck.Outcome} as CSV and as a Markdown table with the matching regions. */
public final class SimilarityReport {

    /** At most this many regions per pair in the Markdown table; the CSV and JPlag's report have all of them. */
    static final int REGIONS_SHOWN = 5;

    private SimilarityReport() {
    }

    /** One line per pair: {@code exercise,student_a,student_b,similarity,max_similarity,matched_tokens}. */
    public static String csv(SimilarityCheck.Outcome outcome) {
        StringBuilder csv = new StringBuilder("exercise,student_a,student_b,similarity,max_similarity,matched_tokens\n");
        for (SimilarPair pair : outcome.pairs()) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%.4f,%.4f,%d%n", field(pair.exercise()),
                    field(pair.first()), field(pair.second()), pair.similarity(), pair.maximumSimilarity(),
                    pair.matchedTokens()));
        }
        return csv.toString();
    }

    /** A Markdown page: how it was made, then one row per pair with its largest matching regions on each side. */
    public static String markdown(SimilarityCheck.Outcome outcome, double threshold) {
        StringBuilder md = new StringBuilder("# Similar submissions\n\n");
        md.append(String.format(Locale.ROOT, "JPlag %s, minimum token match %d, pairs with similarity ≥ %.0f %%;"
                + " the handout's stubs are base code and match nobody. Compared: %s.%n%n",
                outcome.jplagVersion().isEmpty() ? "(did not run)" : outcome.jplagVersion(),
                outcome.minimumTokenMatch(), 100 * threshold, String.join("; ", outcome.compared())));
        if (!outcome.failed().isEmpty()) {
            md.append("JPlag could not parse (left out): ").append(String.join("; ", outcome.failed()))
                    .append(".\n\n");
        }
        if (outcome.pairs().isEmpty()) {
            return md.append("No pair reaches the threshold.\n").toString();
        }
        md.append("| exercise | student A | student B | similarity | max | matched tokens"
                + " | matching regions (A ↔ B, tokens) |\n|---|---|---|---:|---:|---:|---|\n");
        for (SimilarPair pair : outcome.pairs()) {
            StringBuilder regions = new StringBuilder();
            pair.regions().stream().limit(REGIONS_SHOWN).forEach(region -> regions
                    .append(regions.isEmpty() ? "" : "<br>")
                    .append('`').append(region.firstLocation()).append("` ↔ `").append(region.secondLocation())
                    .append("` (").append(region.tokens()).append(')'));
            if (pair.regions().size() > REGIONS_SHOWN) {
                regions.append("<br>and ").append(pair.regions().size() - REGIONS_SHOWN).append(" more");
            }
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f %% | %.1f %% | %d | %s |%n",
                    cell(pair.exercise()), cell(pair.first()), cell(pair.second()), 100 * pair.similarity(),
                    100 * pair.maximumSimilarity(), pair.matchedTokens(), regions));
        }
        return md.toString();
    }

    private static String field(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String cell(String value) {
        return value.replace("|", "\\|");
    }
}
