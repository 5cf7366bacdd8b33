import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.Language;
import de.jplag.Match;
import de.jplag.Submission;
import de.jplag.Token;
import de.jplag.options.JPlagOptions;
import de.jplag.reporting.reportobject.ReportObjectFactory;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Runs JPlag on one exercise of a class and writes the pairs it compared, with their matches, as JSON.
 *
 * <p>Not part of the grader: the grader ships this file as text and starts it in a JVM of its own, in Java's
 * source-file mode, on the classpath of JPlag's jars ({@code java -cp JPLAG_JARS JPlagDriver.java ...}). JPlag is
 * licensed under GPL-3.0; the grader (Apache-2.0) never loads it and only reads the JSON this program writes. It
 * exists because JPlag's own command line is not published to Maven Central, only its library and languages.
 *
 * <p>Usage: {@code JPlagDriver SUBMISSIONS BASE_CODE MIN_TOKENS OUT.json REPORT.zip}. SUBMISSIONS holds one
 * directory per student; BASE_CODE is the handout's stub of the exercise, whose code JPlag does not count; MIN_TOKENS
 * is JPlag's minimum token match ({@code -t}), 0 for the language's default; REPORT.zip is JPlag's report for its
 * viewer. Exit 0 on success, 1 with the reason on standard error otherwise.
 */
public final class JPlagDriver {

    public static void main(String[] args) throws Exception {
        Path submissions = Path.of(args[0]);
        File baseCode = new File(args[1]);
        int minimumTokens = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        String report = args[4];

        Language java = ServiceLoader.load(Language.class).stream().map(ServiceLoader.Provider::get)
                .filter(language -> language.getIdentifier().equals("java")).findFirst()
                .orElseThrow(() -> new IllegalStateException("JPlag's Java language module is not on the classpath"));
        JPlagOptions options = new JPlagOptions(java, Set.of(submissions.toFile()), Set.of())
                .withBaseCodeSubmissionDirectory(baseCode)
                .withMinimumTokenMatch(minimumTokens > 0 ? minimumTokens : null)
                .withMaximumNumberOfComparisons(JPlagOptions.SHOW_ALL_COMPARISONS);
        JPlagResult result = new JPlag(options).run();

        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (JPlagComparison comparison : result.getAllComparisons()) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("first", comparison.firstSubmission().getName());
            pair.put("second", comparison.secondSubmission().getName());
            pair.put("similarity", comparison.similarity());
            pair.put("similarityOfFirst", comparison.similarityOfFirst());
            pair.put("similarityOfSecond", comparison.similarityOfSecond());
            pair.put("matchedTokens", comparison.getNumberOfMatchedTokens());
            List<Map<String, Object>> matches = new ArrayList<>();
            for (Match match : comparison.matches()) {
                matches.add(region(comparison, match));
            }
            pair.put("matches", matches);
            comparisons.add(pair);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("jplagVersion", JPlag.JPLAG_VERSION.toString());
        document.put("minimumTokenMatch", options.minimumTokenMatch());
        document.put("failed", result.getSubmissions().getInvalidSubmissions().stream().map(Submission::getName)
                .sorted().toList());
        document.put("comparisons", comparisons);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), document);
        new ReportObjectFactory().createAndSaveReport(result, report);
    }

    /** A match as the file and lines it covers on each side: its first and last token are in the same file. */
    private static Map<String, Object> region(JPlagComparison comparison, Match match) {
        List<Token> first = comparison.firstSubmission().getTokenList();
        List<Token> second = comparison.secondSubmission().getTokenList();
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("firstFile", relative(comparison.firstSubmission(), first.get(match.startOfFirst())));
        region.put("firstStart", first.get(match.startOfFirst()).getLine());
        region.put("firstEnd", first.get(match.endOfFirst()).getLine());
        region.put("secondFile", relative(comparison.secondSubmission(), second.get(match.startOfSecond())));
        region.put("secondStart", second.get(match.startOfSecond()).getLine());
        region.put("secondEnd", second.get(match.endOfSecond()).getLine());
        region.put("tokens", match.length());
        return region;
    }

    private static String relative(Submission submission, Token token) {
        return submission.getRoot().toPath().relativize(token.getFile().toPath()).toString().replace('\\', '/');
    }
}
