package org.dlcourse.grader.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dlcourse.grader.release.CodeTokens.Token;

/**
 * Finds released code that reproduces a solution region, on normalized tokens ({@link CodeTokens}): renamed
 * variables, other constants and other formatting do not hide a copy.
 *
 * <p>Every window of {@link #WINDOW} consecutive tokens of a region is a fingerprint (all of them, not a winnowed
 * sample: the regions are small, so every shared run of {@code WINDOW} tokens is found). A window that occurs in the
 * solution regions of {@link #IDIOM_EXERCISES} or more exercises is an idiom, the loop every program has, and is no
 * evidence (counted over the regions, not over the shippable code, so that a solution copied into many files does
 * not become an idiom). A released file reproduces a region when the other windows it shares with the region cover at
 * least {@link #COVERAGE} of the region's tokens. Regions shorter than a window are skipped: a {@code return x;} is
 * in every program. The numbers were chosen on the course itself (see {@code docs/authors.md}, "Given code"): every
 * copy of a solution in other exercises' given code, the kit and the lectures is found, and no other pair is.
 */
final class SimilarityAudit {

    /** Tokens per fingerprint window. */
    static final int WINDOW = 20;
    /** The fraction of a region's tokens that shared windows must cover. */
    static final double COVERAGE = 0.7;
    /** A window found in the solution regions of this many exercises is an idiom, not evidence. */
    static final int IDIOM_EXERCISES = 3;

    private static final Pattern JAVA_BLOCK = Pattern.compile("^```java[ \\t]*\\R(.*?)^```", Pattern.DOTALL
            | Pattern.MULTILINE);

    /**
     * Java code as it ships: a source file, or a {@code ```java} block of a Markdown file.
     *
     * @param name the file, relative to the handout
     * @param tokens its normalized tokens, with the file's line numbers
     */
    record ReleasedCode(String name, List<Token> tokens) {
    }

    /**
     * A released file that reproduces a region.
     *
     * @param released the file, relative to the handout
     * @param firstLine the first line of the shared code in it
     * @param lastLine its last line
     * @param region the region reproduced
     * @param coverage the fraction of the region's tokens the shared windows cover
     */
    record Reproduction(String released, int firstLine, int lastLine, SolutionRegion region, double coverage) {

        /** One line for the refusal. */
        String describe() {
            return String.format(Locale.ROOT, "%s:%d-%d reproduces %d%% of the solution region %s",
                    released, firstLine, lastLine, Math.round(100 * coverage), region.describe());
        }
    }

    private final Set<Long> idioms = new HashSet<>();

    /** An audit whose idioms are the windows shared by the regions of several exercises among {@code allRegions}. */
    SimilarityAudit(List<SolutionRegion> allRegions) {
        Map<Long, Set<String>> exercises = new HashMap<>();
        for (SolutionRegion region : allRegions) {
            for (int start = 0; start + WINDOW <= region.tokens().size(); start++) {
                exercises.computeIfAbsent(hash(region.tokens(), start), key -> new HashSet<>()).add(region.exercise());
            }
        }
        exercises.forEach((hash, found) -> {
            if (found.size() >= IDIOM_EXERCISES) {
                idioms.add(hash);
            }
        });
    }

    /**
     * The Java code below {@code release} (a handout, or a part of the course): its {@code .java} files and the Java
     * blocks of its Markdown; build outputs ({@code target/}) are skipped.
     */
    static List<ReleasedCode> releasedCode(Path release) throws IOException {
        List<ReleasedCode> code = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(release)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = release.relativize(file).toString().replace('\\', '/');
                if (name.matches("(.*/)?target/.*")) {
                    continue;
                }
                if (name.endsWith(".java")) {
                    code.add(new ReleasedCode(name, CodeTokens.of(text(file), 1)));
                } else if (name.endsWith(".md")) {
                    String text = text(file);
                    Matcher block = JAVA_BLOCK.matcher(text);
                    List<Token> tokens = new ArrayList<>();
                    while (block.find()) {
                        int line = 1 + (int) text.substring(0, block.start(1)).chars().filter(c -> c == '\n').count();
                        tokens.addAll(CodeTokens.of(block.group(1), line));
                    }
                    if (!tokens.isEmpty()) {
                        code.add(new ReleasedCode(name, tokens));
                    }
                }
            }
        }
        return code;
    }

    /** A file's text; bytes that are not UTF-8 become U+FFFD instead of hiding the rest of the file. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** Every (released file, region) pair in which the file reproduces the region, ordered by file. */
    List<Reproduction> reproductions(List<ReleasedCode> released, List<SolutionRegion> regions) {
        Map<Long, List<int[]>> fingerprints = new HashMap<>();
        for (int r = 0; r < regions.size(); r++) {
            List<Token> tokens = regions.get(r).tokens();
            for (int start = 0; start + WINDOW <= tokens.size(); start++) {
                long hash = hash(tokens, start);
                if (!idioms.contains(hash)) {
                    fingerprints.computeIfAbsent(hash, key -> new ArrayList<>()).add(new int[] {r, start});
                }
            }
        }
        List<Reproduction> found = new ArrayList<>();
        for (ReleasedCode code : released) {
            Map<Integer, Shared> shared = new LinkedHashMap<>();
            List<Token> tokens = code.tokens();
            for (int start = 0; start + WINDOW <= tokens.size(); start++) {
                for (int[] hit : fingerprints.getOrDefault(hash(tokens, start), List.of())) {
                    List<Token> region = regions.get(hit[0]).tokens();
                    if (sameWindow(tokens, start, region, hit[1])) {
                        shared.computeIfAbsent(hit[0], key -> new Shared()).add(hit[1], tokens.get(start).line(),
                                tokens.get(start + WINDOW - 1).line());
                    }
                }
            }
            shared.forEach((r, match) -> {
                double covered = match.regionTokens.cardinality() / (double) regions.get(r).tokens().size();
                if (covered >= COVERAGE) {
                    found.add(new Reproduction(code.name(), match.firstLine, match.lastLine, regions.get(r), covered));
                }
            });
        }
        return found;
    }

    private static long hash(List<Token> tokens, int start) {
        long hash = 1125899906842597L;
        for (int i = start; i < start + WINDOW; i++) {
            hash = 31 * hash + tokens.get(i).kind().hashCode();
        }
        return hash;
    }

    private static boolean sameWindow(List<Token> a, int startA, List<Token> b, int startB) {
        for (int i = 0; i < WINDOW; i++) {
            if (!a.get(startA + i).kind().equals(b.get(startB + i).kind())) {
                return false;
            }
        }
        return true;
    }

    /** What one released file shares with one region. */
    private static final class Shared {
        private final BitSet regionTokens = new BitSet();
        private int firstLine = Integer.MAX_VALUE;
        private int lastLine;

        void add(int regionStart, int first, int last) {
            regionTokens.set(regionStart, regionStart + WINDOW);
            firstLine = Math.min(firstLine, first);
            lastLine = Math.max(lastLine, last);
        }
    }
}
