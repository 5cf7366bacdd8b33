package org.dlcourse.grader.similarity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of JPlag on one exercise, in a JVM of its own: the driver {@code JPlagDriver.java} (shipped as text beside
 * this class) in Java's source-file mode on {@link JPlagInstallation#classpath()}, then the JSON it wrote read back.
 * JPlag only parses the students' sources (javac's parser, no annotation processing); it runs none of their code.
 */
public final class JPlagRun {

    /** The wall-clock budget of one exercise's run. */
    public static final Duration TIMEOUT = Duration.ofMinutes(10);
    /** Heap of JPlag's JVM: its token lists and pairwise matches of a few hundred students fit. */
    static final String HEAP = "-Xmx2g";
    private static final String DRIVER = "JPlagDriver.java";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What JPlag found in one exercise.
     *
     * @param jplagVersion the version that ran
     * @param minimumTokenMatch the minimum token match it used
     * @param failed students whose code JPlag could not parse, left out of every pair
     * @param pairs every pair of the other students
     */
    public record Result(String jplagVersion, int minimumTokenMatch, List<String> failed, List<SimilarPair> pairs) {
    }

    private JPlagRun() {
    }

    /**
     * Runs JPlag on {@code submissions} (one directory per student) with {@code baseCode} as the given code.
     *
     * @param work an empty directory for the driver, its output and its log
     * @param minimumTokens JPlag's minimum token match, 0 for its default for Java
     * @param report where JPlag writes its report for its viewer (a zip)
     * @throws JPlagUnavailableException if JPlag fails or exceeds {@link #TIMEOUT}, with the end of its log
     */
    public static Result run(JPlagInstallation jplag, String exercise, Path submissions, Path baseCode,
            int minimumTokens, Path work, Path report) throws IOException, InterruptedException {
        Path driver = work.resolve(DRIVER);
        try (InputStream source = JPlagRun.class.getResourceAsStream(DRIVER)) {
            if (source == null) {
                throw new IllegalStateException(DRIVER + " is missing beside " + JPlagRun.class.getName());
            }
            Files.copy(source, driver);
        }
        Path out = work.resolve("pairs.json");
        Path log = work.resolve("jplag.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, HEAP, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", String.join(File.pathSeparator, jplag.classpath().stream().map(Path::toString).toList()),
                driver.toString(), submissions.toString(), baseCode.toString(), Integer.toString(minimumTokens),
                out.toString(), report.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(work.toFile()).start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new JPlagUnavailableException("JPlag took more than " + TIMEOUT.toMinutes() + " min on " + exercise);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
            throw new JPlagUnavailableException("JPlag failed on " + exercise + " (exit " + process.exitValue()
                    + "): " + lastLines(log));
        }
        return read(exercise, JSON.readTree(out.toFile()));
    }

    static Result read(String exercise, JsonNode document) {
        List<String> failed = new ArrayList<>();
        document.path("failed").forEach(name -> failed.add(name.asText()));
        List<SimilarPair> pairs = new ArrayList<>();
        for (JsonNode pair : document.path("comparisons")) {
            List<MatchedRegion> regions = new ArrayList<>();
            for (JsonNode match : pair.path("matches")) {
                regions.add(new MatchedRegion(match.path("firstFile").asText(), match.path("firstStart").asInt(),
                        match.path("firstEnd").asInt(), match.path("secondFile").asText(),
                        match.path("secondStart").asInt(), match.path("secondEnd").asInt(),
                        match.path("tokens").asInt()));
            }
            double maximum = Math.max(pair.path("similarityOfFirst").asDouble(),
                    pair.path("similarityOfSecond").asDouble());
            pairs.add(new SimilarPair(exercise, pair.path("first").asText(), pair.path("second").asText(),
                    pair.path("similarity").asDouble(), maximum, pair.path("matchedTokens").asInt(), regions));
        }
        return new Result(document.path("jplagVersion").asText(), document.path("minimumTokenMatch").asInt(),
                failed, pairs);
    }

    private static String lastLines(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "no output";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())).strip();
    }
}
