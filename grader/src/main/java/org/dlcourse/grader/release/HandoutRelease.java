package org.dlcourse.grader.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dlcourse.grader.GraderException;
import org.dlcourse.grader.InputUnusableException;
import org.dlcourse.grader.UsageException;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.TestDiscovery;

/**
 * Builds the student handout from the course repository.
 *
 * <p>What ships, and nothing else: {@code kit/}, {@code exercises/pom.xml} listing the plan's exercises and each of
 * them (its POM and {@code src/}: the stubs and public tests), {@code lectures/} with the notes, figures and demos of
 * those exercises ({@link LectureSelection}) and their CC BY 4.0 licence, the Maven wrapper, the course's licence
 * ({@code LICENSE}, Apache-2.0 for code), a root POM derived from the course's (same versions and plugins; modules
 * kit, exercises, lectures, tools), a student README, {@code handout.json} (the plan: exercises, public solutions,
 * self-study) and the student checker ({@link StudentChecker}: {@code ./check} and {@code tools/}, the grader with
 * the public tests, stubs and descriptors of the plan's exercises, no hidden tests; in self-study the hidden tests
 * compiled).
 * Build outputs ({@code target/}) never ship. The release is audited ({@link ReleaseAudit}) before it is returned.
 */
public final class HandoutRelease {

    private static final Pattern MODULES = Pattern.compile("<modules>.*?</modules>", Pattern.DOTALL);
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    /** The width the notice is wrapped to, a README's and a terminal's. */
    private static final int NOTICE_WIDTH = 116;

    /** What self-study protects and what it does not: see {@link #selfStudyNotice()}. */
    private static final String SELF_STUDY_NOTICE = "A self-study handout also holds the hidden tests, compiled"
            + " (tools/course/exercises/*/hidden-tests.jar), so that ./check grades as the grader does. It holds no"
            + " solution (neither source nor compiled) and no source of a hidden test. What that does not protect:"
            + " compiled classes can be decompiled, so a determined reader learns every hidden test's inputs, seeds,"
            + " tolerances and the reference values and oracles some of them compare against; and the learner runs"
            + " the checker on their own machine, so its score is a guide for them, not a grade anyone else can"
            + " trust. It is for learning on one's own, not for grading for credit.";

    private HandoutRelease() {
    }

    /** Where the GitHub Classroom workflow template lives in the course, and where it goes in the handout. */
    static final String WORKFLOW = "grader/ci/github/autograding.yml";
    static final String HANDOUT_WORKFLOW = ".github/workflows/autograding.yml";

    /**
     * The exercises of the course in {@code repository}, in the order {@code exercises/pom.xml} lists them.
     *
     * @throws InputUnusableException if {@code repository} has no {@code exercises/pom.xml}: not the course
     */
    public static List<String> courseExercises(Path repository) throws IOException {
        if (!Files.isRegularFile(repository.resolve("exercises/pom.xml"))) {
            throw new InputUnusableException(repository + " is not the course repository (no exercises/pom.xml);"
                    + " run release from the repository's root or give it with --root");
        }
        return modules(Files.readString(repository.resolve("exercises/pom.xml"), StandardCharsets.UTF_8));
    }

    /**
     * Writes the handout of {@code plan} for the course in {@code repository} to {@code out}, which must not exist or
     * be empty, and audits it.
     *
     * @throws UsageException if {@code out} is not empty
     * @throws ReleaseRefusedException if the audit finds instructor-only material, released code reproducing a
     *     solution region of an exercise whose solutions are not public, or a released exercise whose given code
     *     the course declares to solve such an exercise's tasks; the written files are removed
     */
    public static void release(Path repository, Path out, ReleasePlan plan) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isPresent()) {
                    throw new UsageException("the release directory " + out + " is not empty; release into a new"
                            + " or empty directory");
                }
            }
        }
        Files.createDirectories(out);
        copyTree(repository.resolve("kit"), out.resolve("kit"), path -> true);
        Path exercises = repository.resolve("exercises/pom.xml");
        Files.createDirectories(out.resolve("exercises"));
        Files.writeString(out.resolve("exercises/pom.xml"), withModules(Files.readString(exercises,
                StandardCharsets.UTF_8), plan.exercises(), "    "), StandardCharsets.UTF_8);
        for (String module : plan.exercises()) {
            copyTree(repository.resolve("exercises").resolve(module), out.resolve("exercises").resolve(module),
                    path -> true);
        }
        LectureSelection lectures = LectureSelection.of(repository, plan.exercises());
        copyTree(repository.resolve("lectures"), out.resolve("lectures"), lectures::ships);
        copyTree(repository.resolve(".mvn/wrapper"), out.resolve(".mvn/wrapper"), path -> true);
        for (String script : List.of("mvnw", "mvnw.cmd", ".gitignore", "LICENSE")) {
            Files.copy(repository.resolve(script), out.resolve(script), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.writeString(out.resolve("pom.xml"), studentPom(Files.readString(repository.resolve("pom.xml"),
                StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("README.md"), studentReadme(plan), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(MANIFEST), manifest(plan), StandardCharsets.UTF_8);
        StudentChecker.write(repository, TestDiscovery.runnerClasses(), Course.defaultLocation(), plan.exercises(),
                plan.selfStudy(), out);
        if (plan.githubClassroom()) {
            Files.createDirectories(out.resolve(HANDOUT_WORKFLOW).getParent());
            Files.copy(repository.resolve(WORKFLOW), out.resolve(HANDOUT_WORKFLOW));
        }
        List<String> findings = new ArrayList<>(ReleaseAudit.findings(out, repository, plan.selfStudy()));
        ReleaseAudit.SolutionLeaks leaks = ReleaseAudit.solutionLeaks(out, repository, plan);
        findings.addAll(leaks.findings());
        if (!findings.isEmpty()) {
            removeTree(out);
            throw new ReleaseRefusedException(out, findings, leaks.advice());
        }
    }

    /** The handout's record of what it holds, for comparing a later release. */
    static final String MANIFEST = "handout.json";

    private static String manifest(ReleasePlan plan) {
        try {
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("exercises", plan.exercises());
            manifest.put("solutionsPublic", plan.solutionsPublic());
            manifest.put("selfStudy", plan.selfStudy());
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("lists of strings always serialize", impossible);
        }
    }

    /** The modules an aggregator POM lists, in order. */
    static List<String> modules(String pom) {
        List<String> modules = new ArrayList<>();
        Matcher matcher = MODULE.matcher(pom);
        while (matcher.find()) {
            modules.add(matcher.group(1));
        }
        return modules;
    }

    /** The course's root POM with the student's modules: kit, exercises, lectures and the checker's tools. */
    static String studentPom(String coursePom) {
        return withModules(coursePom, List.of("kit", "exercises", "lectures", StudentChecker.TOOLS), "  ");
    }

    /** {@code pom} with its {@code <modules>} section listing {@code modules}, indented by {@code indent}. */
    private static String withModules(String pom, List<String> modules, String indent) {
        Matcher matcher = MODULES.matcher(pom);
        if (!matcher.find()) {
            throw new GraderException("the POM has no <modules> section");
        }
        StringBuilder section = new StringBuilder("<modules>\n");
        for (String module : modules) {
            section.append(indent).append("  <module>").append(module).append("</module>\n");
        }
        section.append(indent).append("</modules>");
        return matcher.replaceFirst(Matcher.quoteReplacement(section.toString()));
    }

    private static String studentReadme(ReleasePlan plan) throws IOException {
        StringBuilder list = new StringBuilder();
        for (String module : plan.exercises()) {
            list.append("- `exercises/").append(module).append("`: lecture note `lectures/").append(module)
                    .append(".md`\n");
        }
        String selfStudy = plan.selfStudy()
                ? template("SELF-STUDY-README.md").replace("{{NOTICE}}", selfStudyNotice()) : "";
        return template("STUDENT-README.md").replace("{{EXERCISES}}", list.toString().stripTrailing())
                .replace("{{SELF_STUDY}}", selfStudy).replace("{{FIRST_EXERCISE}}", plan.exercises().get(0));
    }

    private static String template(String name) throws IOException {
        try (InputStream in = HandoutRelease.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the grader's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * What self-study protects and what it does not, wrapped in lines of at most 116 characters: for the instructor
     * who releases it (the release command prints it) and the learner who reads the handout's README.
     */
    public static String selfStudyNotice() {
        StringBuilder wrapped = new StringBuilder();
        int line = 0;
        for (String word : SELF_STUDY_NOTICE.split(" ")) {
            if (line > 0 && line + 1 + word.length() > NOTICE_WIDTH) {
                wrapped.append('\n');
                line = 0;
            } else if (line > 0) {
                wrapped.append(' ');
                line++;
            }
            wrapped.append(word);
            line += word.length();
        }
        return wrapped.toString();
    }

    private static void copyTree(Path from, Path to, Predicate<Path> ships) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new GraderException("the course has no " + from);
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (isBuildOutput(relative) || !ships.test(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void removeTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(root)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }
}
