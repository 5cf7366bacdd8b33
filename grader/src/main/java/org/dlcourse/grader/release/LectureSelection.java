package org.dlcourse.grader.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which files of {@code lectures/} belong to which exercise, so that a release ships only the lectures of the
 * exercises it hands out: the note {@code <id>.md}, the figures {@code figures/<NN>-*}, and the demos in the package
 * {@code org.dlcourse.lectures.<p>} for an exercise whose code is in {@code org.dlcourse.<p>}. Everything else (the
 * licence, the POM, shared demo code) ships with every release.
 */
final class LectureSelection {

    private static final String DEMOS = "src/main/java/org/dlcourse/lectures/";

    private final Set<String> allNotes = new HashSet<>();
    private final Set<String> allFigurePrefixes = new HashSet<>();
    private final Set<String> allDemoPackages = new HashSet<>();
    private final Set<String> shippedNotes = new HashSet<>();
    private final Set<String> shippedFigurePrefixes = new HashSet<>();
    private final Set<String> shippedDemoPackages = new HashSet<>();

    private LectureSelection() {
    }

    /** The lecture files of {@code released} among the course's exercises. */
    static LectureSelection of(Path repository, List<String> released) throws IOException {
        LectureSelection selection = new LectureSelection();
        for (String id : HandoutRelease.courseExercises(repository)) {
            boolean ships = released.contains(id);
            String note = id + ".md";
            String figures = id.substring(0, id.indexOf('-') + 1);
            selection.allNotes.add(note);
            selection.allFigurePrefixes.add(figures);
            if (ships) {
                selection.shippedNotes.add(note);
                selection.shippedFigurePrefixes.add(figures);
            }
            Path code = repository.resolve("exercises").resolve(id).resolve("src/main/java/org/dlcourse");
            if (Files.isDirectory(code)) {
                try (Stream<Path> packages = Files.list(code)) {
                    for (Path exercisePackage : packages.filter(Files::isDirectory).toList()) {
                        String name = exercisePackage.getFileName().toString();
                        selection.allDemoPackages.add(name);
                        if (ships) {
                            selection.shippedDemoPackages.add(name);
                        }
                    }
                }
            }
        }
        return selection;
    }

    /** Whether {@code relative}, a path below {@code lectures/}, ships. */
    boolean ships(Path relative) {
        String path = relative.toString().replace('\\', '/');
        if (allNotes.contains(path)) {
            return shippedNotes.contains(path);
        }
        if (path.startsWith("figures/")) {
            String figure = path.substring("figures/".length());
            for (String prefix : allFigurePrefixes) {
                if (figure.startsWith(prefix)) {
                    return shippedFigurePrefixes.contains(prefix);
                }
            }
            return true;
        }
        if (path.startsWith(DEMOS)) {
            String rest = path.substring(DEMOS.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && allDemoPackages.contains(rest.substring(0, slash))) {
                return shippedDemoPackages.contains(rest.substring(0, slash));
            }
        }
        return true;
    }
}
