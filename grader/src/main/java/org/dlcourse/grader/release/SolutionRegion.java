package org.dlcourse.grader.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dlcourse.grader.release.CodeTokens.Token;
import org.dlcourse.grader.stubs.SolutionRegions;

/**
 * A solution region of an exercise, as normalized tokens: what a released file must not reproduce while the
 * exercise's solutions are not public.
 *
 * @param exercise the exercise's id
 * @param file the solution source, relative to the course repository
 * @param firstLine the region's first body line
 * @param lastLine its last body line
 * @param task the stub's TODO text (empty for a removed member)
 * @param tokens the body's normalized tokens
 */
record SolutionRegion(String exercise, String file, int firstLine, int lastLine, String task, List<Token> tokens) {

    SolutionRegion {
        tokens = List.copyOf(tokens);
    }

    /** The regions of every solution source of {@code exercise} in {@code repository}, in file order. */
    static List<SolutionRegion> of(Path repository, String exercise) throws IOException {
        Path sources = repository.resolve("solutions").resolve(exercise).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        List<SolutionRegion> regions = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String name = repository.relativize(file).toString().replace('\\', '/');
                for (SolutionRegions.Region region : SolutionRegions.of(Files.readString(file,
                        StandardCharsets.UTF_8))) {
                    int lines = (int) region.body().lines().count();
                    regions.add(new SolutionRegion(exercise, name, region.firstLine(),
                            region.firstLine() + Math.max(lines, 1) - 1, region.task(),
                            CodeTokens.of(region.body(), region.firstLine())));
                }
            }
        }
        return regions;
    }

    /** How a finding names the region: {@code 01-softmax, solutions/…/Softmax.java:30-33 ("subtract …")}. */
    String describe() {
        String text = task.isEmpty() ? "a member only the solution has" : "\"" + task + "\"";
        return exercise + " " + file + ":" + firstLine + "-" + lastLine + " (" + text + ")";
    }
}
