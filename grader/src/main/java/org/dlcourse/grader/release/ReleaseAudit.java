package org.dlcourse.grader.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Proves a handout holds no instructor-only material. Each check catches a different way it could leak:
 * <ul>
 *   <li>no top-level {@code solutions/} or {@code grader/}, and no {@code hidden} directory anywhere;</li>
 *   <li>no file with a solution-region marker ({@code BEGIN SOLUTION} / {@code END SOLUTION}): a stub generated
 *       from a half-edited solution, or a solution copied over a stub;</li>
 *   <li>no file with the bytes of a solution source that has a region (its stub must differ), or of any file of
 *       the hidden suites (tests, descriptors), wherever it was copied to;</li>
 *   <li>no file named like a hidden test source, and no exercise descriptor ({@code exercise.json}) but the
 *       student checker's, packed in its {@code descriptor.jar};</li>
 *   <li>inside every jar (the student checker's grader, public tests, stubs and descriptors), whose bytes are
 *       compressed, entry by entry: no class compiled from a hidden test or from a solution instead of its stub, no
 *       copy of a hidden file, no hidden test's source, no descriptor but the checker's, no marker outside class
 *       files; in a self-study release the checker's hidden suites may hold the hidden tests' classes, resources and
 *       descriptor, and no Java source at all;</li>
 *   <li>no released Java code (the exercises' given code and public tests, the kit, the lecture demos and Java
 *       blocks in the notes) that reproduces a solution region of an exercise whose solutions are not public,
 *       compared on normalized code ({@link SimilarityAudit}): a later exercise's given code that does what an earlier
 *       exercise asks, under other names;</li>
 *   <li>no released exercise whose given code the course declares ({@link GivenCode}) to solve the tasks of an
 *       exercise whose solutions are not public: the same function in other code, which no comparison of code
 *       finds.</li>
 * </ul>
 */
public final class ReleaseAudit {

    private static final List<String> MARKERS = List.of("BEGIN SOLUTION", "END SOLUTION");

    private ReleaseAudit() {
    }

    /**
     * What in {@code release} is instructor-only material of the course in {@code repository}; empty if none. A
     * {@code selfStudy} release may hold the checker's compiled hidden suites ({@link StudentChecker}): their classes,
     * resources and descriptors, never a Java source or a class compiled from a solution.
     */
    public static List<String> findings(Path release, Path repository, boolean selfStudy) throws IOException {
        List<String> findings = new ArrayList<>();
        for (String forbidden : List.of("solutions", "grader")) {
            if (Files.exists(release.resolve(forbidden))) {
                findings.add("the release has a " + forbidden + "/ directory");
            }
        }
        Map<String, String> instructorDigests = new HashMap<>();
        Set<String> hiddenNames = new HashSet<>();
        for (Path file : files(repository.resolve("grader/hidden"))) {
            if (file.getFileName().toString().endsWith(".java")) {
                hiddenNames.add(sourcePath(file));
            }
            if (!file.getFileName().toString().equals("pom.xml") && Files.size(file) > 0) {
                instructorDigests.put(digest(Files.readAllBytes(file)), repository.relativize(file).toString());
            }
        }
        Set<String> solvedNames = new HashSet<>();
        for (Path file : files(repository.resolve("solutions"))) {
            byte[] bytes = Files.readAllBytes(file);
            if (file.toString().endsWith(".java") && hasMarker(new String(bytes, StandardCharsets.UTF_8))) {
                instructorDigests.put(digest(bytes), repository.relativize(file).toString());
                solvedNames.add(sourcePath(file));
            }
        }
        for (Path file : files(release)) {
            String name = release.relativize(file).toString().replace('\\', '/');
            for (Path part : release.relativize(file)) {
                if (part.toString().equals("hidden")) {
                    findings.add(name + " is in a hidden directory");
                    break;
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            if (hasMarker(new String(bytes, StandardCharsets.UTF_8))) {
                findings.add(name + " has a solution-region marker");
            }
            String copied = instructorDigests.get(digest(bytes));
            if (copied != null) {
                findings.add(name + " is a copy of " + copied);
            }
            if (hiddenNames.contains(sourcePath(file))) {
                findings.add(name + " is named like a hidden test");
            }
            if (file.getFileName().toString().equals("exercise.json")) {
                findings.add(name + " is an exercise descriptor");
            }
            if (name.endsWith(".jar")) {
                findings.addAll(jarFindings(file, name, selfStudy, instructorDigests, hiddenNames, solvedNames));
            }
        }
        return findings;
    }

    /**
     * What a jar of the release ({@code name}, relative to it) holds of the instructor's material: its bytes are
     * compressed, so each entry is checked on its own. A class compiled from a hidden test is found by its name, a
     * copied hidden resource by its bytes, a class compiled from a solution (not its stub) by the missing stub
     * message ({@code TODO}) in all the classes of its source file, a solution-region marker outside class files
     * (where the grader's own code names the markers) by its text, a hidden test's source by its name. The one
     * descriptor allowed is the student checker's, which it needs for the forbidden calls ({@link StudentChecker}).
     * In a self-study release, the checker's hidden suites may hold classes compiled from hidden tests, copies of
     * their resources and the descriptor; a Java source in them is a finding, whatever its name.
     */
    private static List<String> jarFindings(Path jar, String name, boolean selfStudy,
            Map<String, String> instructorDigests, Set<String> hiddenNames, Set<String> solvedNames)
            throws IOException {
        boolean hiddenSuite = StudentChecker.isSelfStudySuite(name, selfStudy);
        List<String> findings = new ArrayList<>();
        // Per solution source: whether any class compiled from it (nested ones too) carries a stub's TODO message.
        Map<String, Boolean> stubMessages = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                String where = name + "!" + entry.getName();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                boolean descriptor = StudentChecker.isCheckerDescriptor(name, entry.getName(), selfStudy);
                String copied = instructorDigests.get(digest(bytes));
                boolean hiddenResource = hiddenSuite && copied != null && copied.replace('\\', '/').startsWith("grader/hidden/")
                        && !copied.endsWith(".java");
                if (copied != null && !descriptor && !hiddenResource) {
                    findings.add(where + " is a copy of " + copied);
                }
                if (entry.getName().endsWith(".java") && (hiddenSuite || hiddenNames.contains(entry.getName()))) {
                    findings.add(where + " is a Java source" + (hiddenNames.contains(entry.getName())
                            ? " of a hidden test" : ""));
                }
                if (entry.getName().endsWith("exercise.json") && !descriptor) {
                    findings.add(where + " is an exercise descriptor");
                }
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                if (!entry.getName().endsWith(".class")) {
                    if (hasMarker(text)) {
                        findings.add(where + " has a solution-region marker");
                    }
                    continue;
                }
                String source = entry.getName().replaceAll("(\\$[^/]*)?\\.class$", ".java");
                if (hiddenNames.contains(source) && !hiddenSuite) {
                    findings.add(where + " is compiled from a hidden test");
                }
                if (solvedNames.contains(source)) {
                    stubMessages.merge(source, text.contains("TODO"), Boolean::logicalOr);
                }
            }
        }
        stubMessages.forEach((source, stub) -> {
            if (!stub) {
                findings.add(name + "!" + source.replaceAll("\\.java$", ".class")
                        + " is compiled from a solution, not from its stub");
            }
        });
        return findings;
    }

    /**
     * The released code in {@code release} that reproduces a solution region of an exercise of the course in
     * {@code repository} whose solutions {@code plan} does not declare public, whether or not it is released.
     */
    static List<SimilarityAudit.Reproduction> reproductions(Path release, Path repository, ReleasePlan plan)
            throws IOException {
        List<SolutionRegion> all = new ArrayList<>();
        for (String exercise : HandoutRelease.courseExercises(repository)) {
            all.addAll(SolutionRegion.of(repository, exercise));
        }
        List<SolutionRegion> regions = all.stream().filter(region -> !plan.isPublic(region.exercise())).toList();
        return new SimilarityAudit(all).reproductions(SimilarityAudit.releasedCode(release), regions);
    }

    /**
     * The solutions a handout would give away: each finding on one line, and what would make the release possible.
     *
     * @param findings released code reproducing a region, and released exercises whose declared given code
     *     ({@link GivenCode}) solves another exercise's tasks, of exercises whose solutions are not public
     * @param advice for each such exercise, declaring its solutions public once its deadline has passed, or holding
     *     back what gives them away
     */
    record SolutionLeaks(List<String> findings, String advice) {
    }

    /** The solutions of the course in {@code repository} that {@code release}, written for {@code plan}, gives away. */
    static SolutionLeaks solutionLeaks(Path release, Path repository, ReleasePlan plan) throws IOException {
        List<String> findings = new ArrayList<>();
        Map<String, Set<String>> givenAwayBy = new TreeMap<>();
        for (SimilarityAudit.Reproduction reproduction : reproductions(release, repository, plan)) {
            findings.add(reproduction.describe());
            String[] parts = reproduction.released().split("/");
            givenAwayBy.computeIfAbsent(reproduction.region().exercise(), key -> new TreeSet<>())
                    .add(parts[0].equals("exercises") && parts.length > 2 ? parts[1] : "the " + parts[0]);
        }
        GivenCode.of(repository).forEach((exercise, solved) -> {
            for (String other : solved) {
                if (plan.exercises().contains(exercise) && !plan.isPublic(other)) {
                    findings.add("exercises/" + exercise + " has given code that solves tasks of " + other
                            + " (declared in " + GivenCode.DECLARATIONS + ")");
                    givenAwayBy.computeIfAbsent(other, key -> new TreeSet<>()).add(exercise);
                }
            }
        });
        StringBuilder advice = new StringBuilder();
        givenAwayBy.forEach((exercise, where) -> advice.append("The solutions of ").append(exercise)
                .append(" are not public (--solutions-public ").append(exercise).append(" once its deadline has passed)")
                .append(" and ").append(String.join(", ", where)).append(" would give them away").append(where.stream()
                        .anyMatch(plan.exercises()::contains) ? "; hold back those exercises until then" : "")
                .append(".\n"));
        return new SolutionLeaks(findings, advice.toString().stripTrailing());
    }

    /**
     * A Java file's path below its source root ({@code org/dlcourse/softmax/SoftmaxProperties.java}), the name a
     * copied hidden test keeps wherever it lands; only the file name for a file outside any {@code src/.../java}.
     * Class names alone would collide across exercises (03's hidden {@code Predictions} helper, 07's student class).
     */
    private static String sourcePath(Path file) {
        String path = file.toString().replace('\\', '/');
        int root = Math.max(path.lastIndexOf("/src/main/java/"), path.lastIndexOf("/src/test/java/"));
        return root < 0 ? file.getFileName().toString() : path.substring(root + "/src/main/java/".length());
    }

    private static boolean hasMarker(String text) {
        return MARKERS.stream().anyMatch(text::contains);
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !root.relativize(file).toString().replace('\\', '/').matches("(.*/)?target/.*"))
                    .sorted().toList();
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
