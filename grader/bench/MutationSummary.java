import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dlcourse.grader.stubs.SolutionRegions;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The mutation benchmark's view of one PIT run (grader/bench/mutation.sh): only the mutants made inside the
 * solution's {@code BEGIN/END SOLUTION} regions count, located by the grader's own {@link SolutionRegions}, so the
 * benchmark and the stub generator can never disagree on what the student writes.
 *
 * <p>Why a post-filter and not a PIT plugin: PIT has no line filter of its own, and an interceptor would be a jar
 * of its own on PIT's classpath; the mutants outside the regions (argument checks the handout gives, a few per
 * class) cost seconds, so the benchmark mutates the classes that hold a region and counts the region lines only.
 *
 * <p>Usage (single-file program, on the grader's classpath):
 * <pre>
 *   java -cp grader/target/classes grader/bench/MutationSummary.java classes ROOT ID
 *   java -cp grader/target/classes grader/bench/MutationSummary.java summary ROOT ID MUTATIONS_XML EQUIVALENTS
 * </pre>
 * {@code classes} prints the comma-separated classes (as PIT globs) whose source holds a region; {@code summary}
 * prints the Markdown table row for exercise ID, then each surviving or uncovered in-region mutant not listed as
 * equivalent, one per line prefixed with {@code SURVIVOR}.
 */
public final class MutationSummary {

    /** One mutant of PIT's XML report, with the mutator's simple name. */
    record Mutant(String className, String method, int line, String mutator, String status, String description) {

        String key(String exercise) {
            return exercise + " " + className + " " + line + " " + mutator;
        }
    }

    private MutationSummary() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[1]);
        String exercise = args[2];
        Path sources = root.resolve("solutions").resolve(exercise).resolve("src/main/java");
        switch (args[0]) {
            case "classes" -> System.out.println(classesWithRegions(sources));
            case "summary" -> summarize(exercise, sources, Path.of(args[3]), Path.of(args[4]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static String classesWithRegions(Path sources) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !SolutionRegions.of(read(file)).isEmpty())
                    .map(file -> sources.relativize(file).toString().replace(".java", "").replace('/', '.') + "*")
                    .sorted()
                    .collect(Collectors.joining(","));
        }
    }

    private static void summarize(String exercise, Path sources, Path report, Path equivalents) throws Exception {
        List<String> equivalent = Files.readAllLines(equivalents).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> String.join(" ", List.of(line.trim().split("\\s+")).subList(0, 4)))
                .toList();
        Map<String, Integer> counts = new TreeMap<>();
        List<Mutant> survivors = new ArrayList<>();
        int total = 0;
        int equivalentCount = 0;
        for (Mutant mutant : mutants(report)) {
            if (!inRegion(sources, mutant)) {
                continue;
            }
            total++;
            counts.merge(mutant.status(), 1, Integer::sum);
            boolean undetected = mutant.status().equals("SURVIVED") || mutant.status().equals("NO_COVERAGE");
            if (undetected && equivalent.contains(mutant.key(exercise))) {
                equivalentCount++;
            } else if (undetected) {
                survivors.add(mutant);
            }
        }
        int killed = counts.getOrDefault("KILLED", 0);
        int timedOut = counts.getOrDefault("TIMED_OUT", 0) + counts.getOrDefault("MEMORY_ERROR", 0)
                + counts.getOrDefault("RUN_ERROR", 0);
        int detected = killed + timedOut;
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %s | %s |%n", exercise, total, killed,
                counts.getOrDefault("SURVIVED", 0), counts.getOrDefault("NO_COVERAGE", 0), timedOut, equivalentCount,
                percent(detected, total), percent(detected, total - equivalentCount));
        for (Mutant mutant : survivors) {
            System.out.printf(Locale.ROOT, "SURVIVOR %s %s %s.%s: %s%n", mutant.status(), mutant.key(exercise),
                    mutant.className(), mutant.method(), mutant.description());
        }
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private static List<Mutant> mutants(Path report) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                .getElementsByTagName("mutation");
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            String mutator = text(node, "mutator");
            mutants.add(new Mutant(text(node, "mutatedClass"), text(node, "mutatedMethod"),
                    Integer.parseInt(text(node, "lineNumber")), mutator.substring(mutator.lastIndexOf('.') + 1),
                    node.getAttribute("status"), text(node, "description")));
        }
        return mutants;
    }

    /** Whether the mutant's line lies between a region's markers of its (outer) class's source file. */
    private static boolean inRegion(Path sources, Mutant mutant) {
        String outer = mutant.className().replaceAll("\\$.*", "");
        Path file = sources.resolve(outer.replace('.', '/') + ".java");
        if (!Files.exists(file)) {
            return false;
        }
        for (SolutionRegions.Region region : SolutionRegions.of(read(file))) {
            int lines = (int) region.body().chars().filter(c -> c == '\n').count();
            if (mutant.line() >= region.firstLine() && mutant.line() < region.firstLine() + lines) {
                return true;
            }
        }
        return false;
    }

    private static String text(Element node, String tag) {
        return node.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
