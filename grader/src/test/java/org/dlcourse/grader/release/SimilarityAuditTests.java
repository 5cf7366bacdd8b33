package org.dlcourse.grader.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlcourse.grader.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The similarity audit on the real course: given code of a later exercise, or a solution region renamed and
 * reformatted, planted in a handout, is found with its file, lines and region; stubs and an independent
 * implementation of the same functions are not.
 */
class SimilarityAuditTests {

    private static final Pattern WORD = Pattern.compile("(?<![.\\w])[A-Za-z_]\\w*");
    private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(\\.\\d+)?");

    @TempDir
    Path handout;

    @Test
    void sixsOldGivenCrossEntropyPlantedInExerciseOneIsFoundWithFileLinesAndRegion() throws IOException {
        Path repository = Fixtures.repository();
        String given = Files.readString(repository.resolve(
                "exercises/06-transfer/src/main/java/org/dlcourse/transfer/SoftmaxCrossEntropy.java"));
        String planted = "exercises/01-softmax/src/main/java/org/dlcourse/softmax/Planted.java";
        write(planted, given);

        List<SimilarityAudit.Reproduction> found = ReleaseAudit.reproductions(handout, repository, nothingPublic());

        int gradientLine = lineOf(given, "putScalar");
        assertThat(found).anySatisfy(reproduction -> {
            assertThat(reproduction.released()).isEqualTo(planted);
            assertThat(reproduction.firstLine()).isLessThanOrEqualTo(gradientLine);
            assertThat(reproduction.lastLine()).isGreaterThanOrEqualTo(gradientLine);
            assertThat(reproduction.region().exercise()).isEqualTo("01-softmax");
            assertThat(reproduction.region().file()).isEqualTo(
                    "solutions/01-softmax/src/main/java/org/dlcourse/softmax/CrossEntropy.java");
            assertThat(reproduction.region().task()).contains("subtract 1 at each row's label");
            assertThat(reproduction.describe()).startsWith(planted + ":" + reproduction.firstLine() + "-")
                    .contains("01-softmax solutions/01-softmax/src/main/java/org/dlcourse/softmax/CrossEntropy.java:");
        });
        assertThat(ReleaseAudit.reproductions(handout, repository, ReleasePlan.of(
                HandoutRelease.courseExercises(repository), List.of(), List.of("01"), false)))
                .as("once 01's solutions are public, the same file may ship")
                .noneMatch(reproduction -> reproduction.region().exercise().equals("01-softmax"));
    }

    @Test
    void everySolutionRegionOfExerciseOneRenamedWithOtherConstantsAndLayoutIsFound() throws IOException {
        Path repository = Fixtures.repository();
        List<SolutionRegion> regions = SolutionRegion.of(repository, "01-softmax").stream()
                .filter(region -> region.tokens().size() >= SimilarityAudit.WINDOW).toList();
        assertThat(regions).as("01's regions long enough to compare").hasSizeGreaterThanOrEqualTo(4);
        StringBuilder disguised = new StringBuilder("final class Disguised {\n");
        for (SolutionRegion region : regions) {
            disguised.append("    static Object copy").append(region.firstLine()).append("() {\n")
                    .append(disguise(body(repository, region))).append("\n    }\n\n");
        }
        write("lectures/src/main/java/Disguised.java", disguised.append("}\n").toString());

        List<SimilarityAudit.Reproduction> found = ReleaseAudit.reproductions(handout, repository, nothingPublic());

        for (SolutionRegion region : regions) {
            assertThat(found).as("%s", region.describe()).anySatisfy(reproduction -> {
                assertThat(reproduction.released()).isEqualTo("lectures/src/main/java/Disguised.java");
                assertThat(reproduction.region()).isEqualTo(region);
            });
        }
    }

    @Test
    void aJavaBlockOfALectureNoteIsAuditedWithTheNotesLineNumbers() throws IOException {
        Path repository = Fixtures.repository();
        String given = Files.readString(repository.resolve(
                "exercises/06-transfer/src/main/java/org/dlcourse/transfer/SoftmaxCrossEntropy.java"));
        String gradient = given.substring(given.indexOf("    public static INDArray gradient"),
                given.indexOf("    private static INDArray logSoftmax"));
        write("lectures/01-softmax.md", "# Softmax\n\nThe gradient, in code:\n\n```java\n" + gradient + "```\n");

        List<SimilarityAudit.Reproduction> found = ReleaseAudit.reproductions(handout, repository, nothingPublic());

        int putScalar = 6 + (int) gradient.substring(0, gradient.indexOf("putScalar")).chars()
                .filter(c -> c == '\n').count();
        assertThat(found).anySatisfy(reproduction -> {
            assertThat(reproduction.released()).isEqualTo("lectures/01-softmax.md");
            assertThat(reproduction.firstLine()).isBetween(6, putScalar);
            assertThat(reproduction.lastLine()).isGreaterThanOrEqualTo(putScalar);
            assertThat(reproduction.region().file()).endsWith("softmax/CrossEntropy.java");
        });
    }

    @Test
    void theStubsOfEveryExerciseAndAnIndependentImplementationAreNotFound() throws IOException {
        Path repository = Fixtures.repository();
        for (String exercise : HandoutRelease.courseExercises(repository)) {
            Fixtures.copyTree(repository.resolve("exercises").resolve(exercise).resolve("src/main/java"),
                    handout.resolve("exercises").resolve(exercise).resolve("src/main/java"));
        }
        List<SimilarityAudit.Reproduction> found = ReleaseAudit.reproductions(handout, repository, nothingPublic());

        // Each stub keeps everything of its solution but the regions: signatures, checks, given helpers.
        assertThat(found).noneMatch(reproduction -> reproduction.released().startsWith(
                "exercises/" + reproduction.region().exercise() + "/"));
        // 02 computes 01's cross-entropy with loops over a row-major array: the same function, not a copy.
        assertThat(found).noneMatch(reproduction -> reproduction.released().startsWith("exercises/02-sgd/")
                && reproduction.region().exercise().equals("01-softmax"));
    }

    private ReleasePlan nothingPublic() throws IOException {
        return ReleasePlan.of(HandoutRelease.courseExercises(Fixtures.repository()), List.of(), List.of(), false);
    }

    private void write(String relative, String text) throws IOException {
        Path file = handout.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String body(Path repository, SolutionRegion region) throws IOException {
        List<String> lines = Files.readAllLines(repository.resolve(region.file()));
        return String.join("\n", lines.subList(region.firstLine() - 1, region.lastLine()));
    }

    /** Every local name renamed, every number changed, one statement per line re-indented. */
    private static String disguise(String code) {
        Map<String, String> names = new HashMap<>();
        Matcher word = WORD.matcher(code);
        StringBuilder renamed = new StringBuilder();
        while (word.find()) {
            String name = word.group();
            word.appendReplacement(renamed, CodeTokens.KEYWORDS.contains(name) || LITERAL_WORDS.contains(name) ? name
                    : names.computeIfAbsent(name, key -> "renamed" + names.size()));
        }
        word.appendTail(renamed);
        Matcher number = NUMBER.matcher(renamed);
        StringBuilder changed = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(changed, number.group().contains(".") ? "0.25" : "7");
        }
        number.appendTail(changed);
        List<String> statements = new ArrayList<>();
        for (String line : changed.toString().split("\n")) {
            statements.add("\t\t" + line.strip().replace(" = ", "=").replace(", ", ","));
        }
        return String.join("\n", statements);
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not found");
    }
}
